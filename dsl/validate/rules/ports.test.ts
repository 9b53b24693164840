import { describe, expect, it } from 'vitest';
import { bye, doc, found, say } from '../test-helpers';

const menu = (on: Record<string, string>, extra: Record<string, unknown> = {}) => ({
  kind: 'menu',
  name: 'Main menu',
  prompt: { 'en-US': 'Press 1 for billing, 2 for support, 3 for sales.' },
  options: [{ port: 'billing', dtmf: '1' }, { port: 'support', dtmf: '2' }, { port: 'sales', dtmf: '3' }],
  on,
  ...extra,
});

describe('ports rule', () => {
  it('reports a port leading to a node that does not exist', () => {
    const [d] = found(doc({ main: menu({ billing: 'x', support: 'bye', sales: 'bye', noInput: 'bye', noMatch: 'bye' }), bye }), 'port.unknownTarget');
    expect(d).toEqual({
      severity: 'error',
      code: 'port.unknownTarget',
      message: "Menu 'Main menu': port 'billing' leads to 'x', which does not exist",
      nodeId: 'main',
      port: 'billing',
      path: ['nodes', 'main', 'on', 'billing'],
    });
  });

  it('suggests the node probably meant', () => {
    const [d] = found(doc({ welcome: say('Hi', 'bey'), bye }), 'port.unknownTarget');
    expect(d?.message).toBe("Say 'welcome': port 'next' leads to 'bey', which does not exist (did you mean 'bye'?)");
    expect(d?.path).toEqual(['nodes', 'welcome', 'next']);
  });

  it('names a menu key that leads nowhere', () => {
    const [d] = found(doc({ main: menu({ billing: 'bye', support: 'bye', noInput: 'bye', noMatch: 'bye' }), bye }), 'port.unconnected');
    expect(d).toMatchObject({ severity: 'error', nodeId: 'main', port: 'sales', message: "Menu 'Main menu': key 3 leads nowhere" });
  });

  it('names an unconnected next step, option without key, and branch condition', () => {
    expect(found(doc({ welcome: say('Hi') }), 'port.unconnected')[0]?.message).toBe("Say 'welcome': the next step leads nowhere");
    const spoken = { kind: 'menu', prompt: { 'en-US': 'Say billing' }, options: [{ port: 'billing', keywords: { 'en-US': ['billing'] } }], on: {} };
    expect(found(doc({ spoken }), 'port.unconnected')[0]?.message).toBe("Menu 'spoken': option 'billing' leads nowhere");
    const branch = { kind: 'branch', conditions: [{ port: 'vip', when: 'caller.number == "1"', label: 'VIP caller' }], on: { else: 'bye' } };
    expect(found(doc({ branch, bye }), 'port.unconnected')[0]?.message).toBe("Branch 'branch': condition 'VIP caller' leads nowhere");
  });

  it('tells what happens when an optional port is left open', () => {
    const diagnostics = found(doc({ main: menu({ billing: 'bye', support: 'bye', sales: 'bye' }), bye }), 'port.optionalUnconnected');
    expect(diagnostics.map((d) => [d.severity, d.port, d.message])).toEqual([
      ['info', 'noInput', "Menu 'Main menu': when the caller gives no input the call ends"],
      ['info', 'noMatch', "Menu 'Main menu': when the caller's choice is not recognised the call ends"],
    ]);
  });

  it('speaks of the conversation in a text-only scenario', () => {
    const http = { kind: 'http', name: 'CRM', url: 'https://crm.example', on: { success: 'bye', timeout: 'bye' } };
    const input = doc({ http, bye }, { channels: ['chat'] });
    (input.nodes as Record<string, unknown>).start = { kind: 'start', on: { chat: 'http' } };
    expect(found(input, 'port.optionalUnconnected')[0]?.message).toBe("Web request 'CRM': when the request fails the conversation ends");
  });

  it('does not mention unconnected start triggers', () => {
    expect(found(doc({ bye }), 'port.optionalUnconnected')).toEqual([]);
  });

  it('reports a port that the node does not have, with a typo hint', () => {
    const [d] = found(doc({ main: menu({ billing: 'bye', support: 'bye', sales: 'bye', biling: 'bye', noInput: 'bye', noMatch: 'bye' }), bye }), 'port.stray');
    expect(d).toMatchObject({ severity: 'error', port: 'biling', path: ['nodes', 'main', 'on', 'biling'], message: "Menu 'Main menu': 'biling' is not one of its ports (did you mean 'billing'?)" });
  });
});
