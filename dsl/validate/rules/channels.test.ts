import { describe, expect, it } from 'vitest';
import { bye, doc, found } from '../test-helpers';

function chat(nodes: Record<string, unknown>) {
  const input = doc(nodes, { channels: ['chat'] });
  (input.nodes as Record<string, unknown>).start = { kind: 'start', on: { chat: Object.keys(nodes)[0] as string } };
  return input;
}

describe('channels rule', () => {
  it('warns about a phone-only step in a chat scenario', () => {
    const transfer = { kind: 'transfer', name: 'Agent', target: { type: 'number', value: '+4930123' }, on: { answered: 'bye' } };
    expect(found(chat({ transfer, bye }), 'channel.voiceOnly')).toEqual([
      {
        severity: 'warning',
        code: 'channel.voiceOnly',
        message: "Transfer 'Agent': works only in phone calls, but this scenario is for chat",
        nodeId: 'transfer',
        path: ['nodes', 'transfer'],
      },
    ]);
  });

  it('accepts queues in chat, where people wait for agents too', () => {
    const queue = { kind: 'queue', queue: 'chat-agents', on: { answered: 'bye', timeout: 'bye' } };
    expect(found(chat({ queue, bye }), 'channel.voiceOnly')).toEqual([]);
  });

  it('accepts phone-only steps when voice is one of the channels', () => {
    const vm = { kind: 'voicemail', mailbox: 'sales', next: 'bye' };
    expect(found(doc({ vm, bye }, { channels: ['voice', 'chat'] }), 'channel.voiceOnly')).toEqual([]);
  });
});
