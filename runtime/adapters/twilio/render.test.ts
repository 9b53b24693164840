import { describe, expect, it } from 'vitest';
import type { Command } from '../../../dsl/session/commands';
import { replyVerbs, type RenderContext } from './render';
import { descendants, elements, parseXml, textOf, type XmlElement } from './testing/xml';
import { twimlDocument } from './twiml';
import { callUrls } from './urls';
import { voiceTable } from './voices';

const BASE = 'https://ivr.example.com';
const ctx: RenderContext = { urls: callUrls(BASE, 'CA1', 4), locale: 'en-US', voiceFor: voiceTable(undefined) };

function twiml(commands: Command[], reply: { ended?: boolean; pending?: boolean; endReason?: string | null } = {}, context = ctx): XmlElement {
  const verbs = replyVerbs({ commands, ended: false, pending: false, endReason: null, ...reply }, context);
  if (!verbs) throw new Error('no TwiML: the reply does not call back');
  return parseXml(twimlDocument(verbs));
}
const names = (element: XmlElement) => elements(element).map((e) => e.name);
const say = (text: string, bargeIn = true, locale = 'de-DE'): Command => ({ type: 'say', nodeId: 'n', text, locale, bargeIn });
const gather = (extra: Partial<Extract<Command, { type: 'gather' }>> = {}): Command => ({
  type: 'gather', nodeId: 'menu', modes: ['dtmf', 'speech'], timeout: 5, maxDigits: 1, hints: ['Kontostand', 'Karte'], choices: [], ...extra,
});

describe('commands → TwiML', () => {
  it('moves interruptible prompts into the Gather and keeps the others before it, then redirects to noInput', () => {
    const doc = twiml([say('Willkommen.', false), say('Drücken Sie die 1.'), gather()]);
    expect(names(doc)).toEqual(['Say', 'Gather', 'Redirect']);
    const [welcome, gathered, redirect] = elements(doc) as [XmlElement, XmlElement, XmlElement];
    expect(welcome.attrs).toEqual({ language: 'de-DE', voice: 'Polly.Vicki-Neural' });
    expect(gathered.attrs).toEqual({
      input: 'dtmf speech', action: `${BASE}/twilio/calls/CA1/gather?step=4`, method: 'POST', timeout: '5', numDigits: '1',
      finishOnKey: '', language: 'de-DE', hints: 'Kontostand, Karte', speechTimeout: 'auto',
    });
    expect(elements(gathered).map(textOf)).toEqual(['Drücken Sie die 1.']);
    expect(textOf(redirect)).toBe(`${BASE}/twilio/calls/CA1/noinput?step=4`);
  });

  it('listens in the locale set last, and only for keys when speech is not allowed', () => {
    const doc = twiml([{ type: 'setLocale', locale: 'fr-FR' }, gather()]);
    expect(doc.children[0]).toMatchObject({ name: 'Gather', attrs: { language: 'fr-FR' } });
    const keys = twiml([gather({ modes: ['dtmf'], maxDigits: 10, finishOnKey: '#', timeout: 7.5 })]);
    expect(elements(keys)[0]!.attrs).toEqual({ input: 'dtmf', action: expect.any(String), method: 'POST', timeout: '8', numDigits: '10', finishOnKey: '#' });
  });

  it('plays audio prompts, resolving paths against the public address', () => {
    const doc = twiml([{ ...say('Hallo'), audio: 'audio/welcome.wav' } as Command, { ...say('Hi'), audio: 'https://cdn.example.com/hi.mp3' } as Command, gather()]);
    expect(descendants(doc).filter((e) => e.name === 'Play').map(textOf)).toEqual([`${BASE}/audio/welcome.wav`, 'https://cdn.example.com/hi.mp3']);
  });

  it('dials numbers, SIP URIs and agents, with the whisper served from our own route', () => {
    const transfer = (targetType: 'number' | 'sip' | 'agent', target: string, whisper?: string): Command => ({
      type: 'transfer', nodeId: 'desk', targetType, target, callerId: '', timeout: 25,
      ...(whisper ? { whisper: { text: whisper, locale: 'de-DE' } } : {}),
    });
    const dial = twiml([transfer('number', '+4969123', 'Kartensperrung.')]);
    expect(elements(dial)[0]).toEqual({
      name: 'Dial',
      attrs: { action: `${BASE}/twilio/calls/CA1/dial?step=4`, method: 'POST', timeout: '25' },
      children: [{ name: 'Number', attrs: { url: `${BASE}/twilio/calls/CA1/whisper?step=4&node=desk`, method: 'POST' }, children: ['+4969123'] }],
    });
    expect(elements(elements(twiml([transfer('sip', 'sip:desk@pbx.example')]))[0]!)[0]).toEqual({ name: 'Sip', attrs: {}, children: ['sip:desk@pbx.example'] });
    expect(elements(elements(twiml([transfer('agent', 'anna')]))[0]!)[0]!.name).toBe('Client');
  });

  it('enqueues by name, or as a TaskRouter task with priority and skills when a workflow is configured', () => {
    const enqueue: Command = { type: 'enqueue', nodeId: 'q', queue: 'privatkunden', priority: 80, skills: ['premium'], announceEvery: 45, maxWait: 300 };
    const plain = elements(twiml([enqueue]))[0]!;
    expect(plain).toEqual({
      name: 'Enqueue',
      attrs: { action: `${BASE}/twilio/calls/CA1/queue?step=4`, method: 'POST', waitUrl: `${BASE}/twilio/calls/CA1/wait?step=4&node=q`, waitUrlMethod: 'POST' },
      children: ['privatkunden'],
    });
    const routed = elements(twiml([enqueue], {}, { ...ctx, workflowSid: 'WW123' }))[0]!;
    expect(routed.attrs.workflowSid).toBe('WW123');
    const task = elements(routed)[0]!;
    expect(task).toMatchObject({ name: 'Task', attrs: { priority: '80' } });
    expect(JSON.parse(textOf(task))).toEqual({ queue: 'privatkunden', skills: ['premium'] });
  });

  it('records a message, going to the same action when the recording is empty', () => {
    const doc = twiml([{ type: 'recordMessage', nodeId: 'vm', mailbox: 'box', maxLength: 120, beep: true, transcribe: true }]);
    expect(names(doc)).toEqual(['Record', 'Redirect']);
    expect(elements(doc)[0]!.attrs).toEqual({ action: `${BASE}/twilio/calls/CA1/record?step=4`, method: 'POST', maxLength: '120', playBeep: 'true', transcribe: 'true' });
    expect(textOf(elements(doc)[1]!)).toBe(`${BASE}/twilio/calls/CA1/record?step=4`);
  });

  it('starts and stops the call recording by name, and leaves answer, tag and message out', () => {
    const doc = twiml([
      { type: 'answer' }, { type: 'startRecording', nodeId: 'r' }, { type: 'tag', nodeId: 't', tags: ['x'] },
      { type: 'message', nodeId: 'm', text: 'SMS', to: '+49', channel: 'sms' }, { type: 'stopRecording', nodeId: 's' }, { type: 'hangup', reason: 'done' },
    ], { ended: true });
    expect(names(doc)).toEqual(['Start', 'Stop', 'Hangup']);
    expect(elements(doc)[0]!.children).toEqual([{ name: 'Recording', attrs: { name: 'callflow' }, children: [] }]);
    expect(elements(doc)[1]!.children).toEqual([{ name: 'Recording', attrs: { name: 'callflow' }, children: [] }]);
  });

  it('keeps the caller waiting with the hold prompt and a redirect to resume while a step runs', () => {
    const doc = twiml([say('Einen Moment bitte.', false)], { pending: true });
    expect(names(doc)).toEqual(['Say', 'Redirect']);
    expect(textOf(elements(doc)[1]!)).toBe(`${BASE}/twilio/calls/CA1/resume?step=4`);
  });

  it('hangs up a session that ended without saying so, with an apology when it failed', () => {
    expect(names(twiml([say('Tschüss', false)], { ended: true }))).toEqual(['Say', 'Hangup']);
    expect(twiml([], { ended: true, endReason: 'error' }).children).toEqual([
      { name: 'Say', attrs: { language: 'en-US' }, children: [expect.stringMatching(/^Sorry/)] },
      { name: 'Hangup', attrs: {}, children: [] },
    ]);
  });

  it('gives no TwiML for a reply that waits without anything that calls back', () => {
    expect(replyVerbs({ commands: [say('Hallo')], ended: false, pending: false, endReason: null }, ctx)).toBeNull();
  });

  it('escapes what a prompt may contain and drops characters XML cannot carry', () => {
    const doc = twiml([say('Tom & Jerry <3 "quoted" it\'s\u0007', false), gather({ hints: ['a & b'] })]);
    expect(textOf(elements(doc)[0]!)).toBe('Tom & Jerry <3 "quoted" it\'s');
    expect(elements(doc)[1]!.attrs.hints).toBe('a & b');
  });
});
