import { describe, expect, it } from 'vitest';
import type { Command } from '../../../dsl/session/commands';
import { choiceKeys, numberedList, replyTwiml, selectedChoice, smsMessages } from './render';

type Choice = Extract<Command, { type: 'gather' }>['choices'][number];
const choice = (value: string, dtmf?: string, label?: string): Choice => ({ value, dtmf, label, keywords: [] });

describe('menus as numbered lists', () => {
  it('keeps the menu\'s own keys when every option has a distinct one, so "press 0" stays true', () => {
    const menu = [choice('billing', '1', 'Billing'), choice('technical', '2', 'Technical problem'), choice('other', '0', 'Something else')];
    expect(choiceKeys(menu)).toEqual(['1', '2', '0']);
    expect(numberedList(menu)).toBe('1 – Billing\n2 – Technical problem\n0 – Something else');
    expect(selectedChoice('0', menu)).toBe('other');
  });

  it('numbers from 1 when keys are missing or repeated, and labels options without a label by keyword or port', () => {
    const menu: Choice[] = [choice('yes'), { value: 'no', keywords: ['nope'] }];
    expect(choiceKeys(menu)).toEqual(['1', '2']);
    expect(numberedList(menu)).toBe('1 – yes\n2 – nope');
    expect(choiceKeys([choice('a', '1'), choice('b', '1')])).toEqual(['1', '2']);
  });

  it('reads "2", "2." and " 2) " as the second option and leaves other text alone', () => {
    const menu = [choice('a', '1'), choice('b', '2')];
    expect(['2', '2.', ' 2) '].map((t) => selectedChoice(t, menu))).toEqual(['b', 'b', 'b']);
    expect(selectedChoice('3', menu)).toBeUndefined();
    expect(selectedChoice('b', menu)).toBeUndefined();
  });
});

describe('replies', () => {
  const commands: Command[] = [
    { type: 'say', nodeId: 'hello', text: 'Hallo & willkommen', locale: 'de-DE', bargeIn: true },
    { type: 'message', nodeId: 'note', text: 'Link: https://x.example/?a=1&b=2', to: '+4917', channel: 'sms' },
    { type: 'message', nodeId: 'boss', text: 'New lead', to: '+4930999', channel: 'sms' },
    { type: 'message', nodeId: 'web', text: 'only for web chat', to: '+4917', channel: 'chat' },
    { type: 'enqueue', nodeId: 'q', queue: 'sales', priority: 0, skills: [], announceEvery: 60, maxWait: 300 },
  ];

  it('answers the sender with prompts, own messages and a handoff notice in the conversation\'s language', () => {
    expect(smsMessages(commands, '+4917', 'en')).toEqual([
      { text: 'Hallo & willkommen' },
      { text: 'Link: https://x.example/?a=1&b=2' },
      { text: 'New lead', to: '+4930999' },
      { text: expect.stringMatching(/^Ich übergebe/) },
    ]);
  });

  it('puts the sender\'s texts in one escaped <Message>, because separate SMS may arrive out of order', () => {
    const twiml = replyTwiml({ sessionId: 's', ended: false, messages: smsMessages(commands, '+4917', 'en') });
    expect(twiml).toContain('<Message>Hallo &amp; willkommen\n\nLink: https://x.example/?a=1&amp;b=2\n\nIch übergebe');
    expect(twiml).toContain('<Message to="+4930999">New lead</Message>');
    expect(replyTwiml({ sessionId: null, ended: true, messages: [] })).toBe('<?xml version="1.0" encoding="UTF-8"?><Response></Response>');
  });
});
