import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, runtime } from '../../test/support/server';
import type { TraceEntry } from '../storage/records';
import { recordedMessage } from './recorder';

type Server = Awaited<ReturnType<typeof runtime>>;

/** start → voicemail → hangup, with the mailbox and notification taken from templates. */
const answeringMachine = {
  dsl: 2,
  id: 'answering-machine',
  name: 'Answering machine',
  locales: ['en-US'],
  channels: ['voice'],
  start: 'start',
  nodes: {
    start: { kind: 'start', on: { call: 'leaveMessage' } },
    leaveMessage: {
      kind: 'voicemail',
      mailbox: 'sales-{{called.number|last(4)}}',
      greeting: { 'en-US': 'Please leave a message after the tone.' },
      maxLength: 60,
      transcribe: true,
      notify: { email: 'sales@example.com', sms: '{{called.number}}' },
      next: 'bye',
    },
    bye: { kind: 'hangup', reason: 'messageLeft' },
  },
};

const api = (server: Server) => ({
  get: async (path: string) => {
    const response = await fetch(`${server.url}${path}`);
    return { status: response.status, body: await response.json() };
  },
  send: async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, body: response.status === 204 ? null : await response.json() };
  },
});

/** Messages are filed beside the call, a moment after the step. */
async function messagesOf(server: Server, mailbox: string, count = 1) {
  for (let i = 0; i < 100; i++) {
    const { body } = await api(server).get(`/api/mailboxes/${encodeURIComponent(mailbox)}/messages`);
    if (body.length >= count) return body;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no message in ${mailbox}`);
}

describe('voicemail into mailboxes', () => {
  let server: Server;
  beforeAll(async () => {
    server = await runtime();
    expect((await postJson(`${server.url}/api/scenarios`, answeringMachine)).status).toBe(201);
    expect((await postJson(`${server.url}/api/scenarios/answering-machine/publish`, {})).status).toBe(201);
  });
  afterAll(() => server.stop());

  it('files the recording in the mailbox the node names, with caller, transcript and notification', async () => {
    const start = await postJson(`${server.url}/api/calls`, { scenarioId: 'answering-machine', from: '+4930123456789', to: '+498001234567' });
    expect(start.body.commands).toContainEqual(expect.objectContaining({ type: 'recordMessage', mailbox: 'sales-4567' }));
    const done = await postJson(`${server.url}/api/calls/${start.body.sessionId}/events`, { type: 'recordingDone', url: 'https://media.example/rec/1.wav', duration: 17, transcript: 'Please call me back.' });
    expect(done.body.ended).toBe(true);
    const [message] = await messagesOf(server, 'sales-4567');
    expect(message).toMatchObject({
      mailbox: 'sales-4567',
      sessionId: start.body.sessionId,
      scenarioId: 'answering-machine',
      caller: '+4930123456789',
      url: 'https://media.example/rec/1.wav',
      duration: 17,
      transcript: 'Please call me back.',
      notify: { email: 'sales@example.com', sms: '+498001234567' },
      read: false,
    });
    expect(Date.parse(message.at)).not.toBeNaN();
  });

  it('keeps a recording without audio details, with nulls', async () => {
    const start = await postJson(`${server.url}/api/calls`, { scenarioId: 'answering-machine', from: '+4940111', to: '+498009999' });
    await postJson(`${server.url}/api/calls/${start.body.sessionId}/events`, { type: 'recordingDone' });
    const [message] = await messagesOf(server, 'sales-9999');
    expect(message).toMatchObject({ url: null, duration: null, transcript: null, caller: '+4940111' });
  });

  it('counts messages per mailbox, marks them read and deletes them', async () => {
    const { send, get } = api(server);
    const before = (await get('/api/mailboxes')).body;
    expect(before).toContainEqual(expect.objectContaining({ name: 'sales-4567', total: 1, unread: 1 }));
    const [message] = await messagesOf(server, 'sales-4567');
    expect((await send('PATCH', `/api/mailboxes/sales-4567/messages/${message.id}`, { read: true })).body.read).toBe(true);
    expect((await get('/api/mailboxes')).body).toContainEqual(expect.objectContaining({ name: 'sales-4567', total: 1, unread: 0 }));
    expect((await send('PATCH', `/api/mailboxes/sales-4567/messages/${message.id}`, { read: 'yes' })).status).toBe(400);
    expect((await send('PATCH', `/api/mailboxes/sales-9999/messages/${message.id}`, { read: true })).status).toBe(404);
    expect((await send('DELETE', `/api/mailboxes/sales-4567/messages/${message.id}`)).status).toBe(204);
    expect((await send('DELETE', `/api/mailboxes/sales-4567/messages/${message.id}`)).status).toBe(404);
    expect((await get('/api/mailboxes/sales-4567/messages')).body).toEqual([]);
    expect((await get('/api/mailboxes')).body.map((m: { name: string }) => m.name)).not.toContain('sales-4567');
  });
});

describe('voicemail in the examples', () => {
  let server: Server;
  beforeAll(async () => {
    // A Sunday night in Berlin: the bank hotline is closed.
    server = await runtime({}, { now: () => new Date('2026-11-22T23:30:00+01:00') });
  });
  afterAll(() => server.stop());

  it('bank hotline after hours: the message lands in the call-back mailbox', async () => {
    const start = await postJson(`${server.url}/api/calls`, { binding: { kind: 'number', address: 'bank-hotline' }, from: '+4917012345678' });
    expect(start.body.commands).toContainEqual(expect.objectContaining({ type: 'recordMessage', mailbox: 'privatkunden-rueckruf' }));
    await postJson(`${server.url}/api/calls/${start.body.sessionId}/events`, { type: 'recordingDone', url: 'file:///rec/2.wav', duration: 31 });
    const [message] = await messagesOf(server, 'privatkunden-rueckruf');
    expect(message).toMatchObject({ scenarioId: 'bank-hotline', caller: '+4917012345678', duration: 31 });
    expect((await server.deps.engine.get(start.body.sessionId))!.visits).toEqual(['start', 'businessHours', 'afterHoursMailbox', 'goodbye']);
  });

  it('caller screening: a caller who waited too long leaves a message for customer service', async () => {
    const start = await postJson(`${server.url}/api/calls`, { scenarioId: 'caller-screening', from: '+4930555666' });
    const id = start.body.sessionId;
    for (const event of [{ type: 'noInput' }, { type: 'queueResult', result: 'timeout' }, { type: 'recordingDone', duration: 12 }]) {
      expect((await postJson(`${server.url}/api/calls/${id}/events`, event)).status).toBe(200);
    }
    const [message] = await messagesOf(server, 'kundenservice');
    expect(message).toMatchObject({ sessionId: id, scenarioId: 'caller-screening', duration: 12 });
  });
});

describe('which recordings are messages', () => {
  const at = '2026-01-01T10:00:00.000Z';
  const entry = (kind: TraceEntry['kind'], data: Record<string, unknown>, when = at): TraceEntry => ({ at: when, kind, data });

  it('finds the recordMessage command sent in the step before the recording ended', () => {
    const trace = [
      entry('event', { type: 'start' }, '2026-01-01T09:59:00.000Z'),
      entry('command', { type: 'recordMessage', mailbox: 'a' }, '2026-01-01T09:59:00.000Z'),
      entry('event', { type: 'recordingDone' }),
    ];
    expect(recordedMessage(trace, at)?.mailbox).toBe('a');
  });

  it('ignores a recordingDone that answers no recordMessage, or one from another step', () => {
    const trace = [
      entry('command', { type: 'recordMessage', mailbox: 'a' }, '2026-01-01T09:58:00.000Z'),
      entry('event', { type: 'digits', digits: '1' }, '2026-01-01T09:59:00.000Z'),
      entry('command', { type: 'startRecording' }, '2026-01-01T09:59:00.000Z'),
      entry('event', { type: 'recordingDone' }),
    ];
    expect(recordedMessage(trace, at)).toBeUndefined();
    expect(recordedMessage(trace, '2026-01-01T11:00:00.000Z')).toBeUndefined();
  });
});
