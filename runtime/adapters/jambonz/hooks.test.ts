import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, runtime } from '../../../test/support/server';
import { digits, drive } from './drive';
import { expectValidVerbs, FakeJambonz, names, verbOf } from './fake-jambonz';

const CRM_DELAY_MS = 1_200;
let server: Awaited<ReturnType<typeof runtime>>;
let jambonz: FakeJambonz;
let crm: Server;
let crmRequests = 0;

/** A CRM that takes its time, far past the webhook deadline. */
async function slowCrm(): Promise<string> {
  crm = createServer((_request, response) => {
    crmRequests++;
    setTimeout(() => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ displayName: 'Anna Schmidt', segment: 'premium', accounts: [{ balance: 1234.56 }] }));
    }, CRM_DELAY_MS);
  });
  await new Promise<void>((resolve) => crm.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(crm.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  server = await runtime({ WEBHOOK_DEADLINE_MS: 300 }, { now: () => new Date('2026-11-23T10:00:00+01:00') });
  jambonz = new FakeJambonz(server.url);
  // A copy of the bank hotline whose CRM is the slow one above, published and bound like a user would.
  const crmUrl = await slowCrm();
  const bank = (await (await fetch(`${server.url}/api/scenarios/bank-hotline`)).json()).draft;
  bank.id = 'bank-hotline-slow';
  bank.nodes.crmLookup.url = `${crmUrl}/api/customers?phone={{caller.number}}`;
  expect((await postJson(`${server.url}/api/scenarios`, bank)).status).toBe(201);
  expect((await postJson(`${server.url}/api/scenarios/bank-hotline-slow/publish`, { message: 'slow CRM' })).status).toBe(201);
  const bound = await fetch(`${server.url}/api/bindings`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'number', address: '+4940555000', scenarioId: 'bank-hotline-slow' }),
  });
  expect(bound.status).toBe(200);
});
afterAll(async () => {
  await server.stop();
  await new Promise((resolve) => crm.close(resolve));
});

describe('jambonz: a slow CRM', () => {
  it('answers with the hold prompt and a redirect, and the resume hook brings the rest', async () => {
    const sid = jambonz.newCallSid();
    const menu = await jambonz.call(sid, { to: '+4940555000' });
    const held = await jambonz.hook(menu, 'gather', digits('1'));
    expect(held).toEqual([
      { verb: 'config', synthesizer: { vendor: 'default', language: 'de-DE' }, recognizer: { vendor: 'default', language: 'de-DE' } },
      { verb: 'say', text: 'Einen Moment bitte, wir rufen Ihre Daten ab.', synthesizer: { vendor: 'default', language: 'de-DE' } },
      { verb: 'redirect', actionHook: `/jambonz/hook/${sid}/resume/2` },
    ]);

    const before = jambonz.answers.length;
    const rest = await jambonz.settle(held);
    const waiting = jambonz.answers.slice(before, -1);
    // While the CRM still works, each resume waits out the deadline and redirects again.
    expect(waiting.length).toBeGreaterThan(0);
    for (const answer of waiting) expect(names(answer)).toEqual(['redirect']);
    expect(names(rest)).toEqual(['gather']);
    expect(verbOf(rest, 'gather').say?.text).toMatch(/^Für Ihren Kontostand/);
    expect(JSON.stringify(rest)).not.toContain('Einen Moment');

    const [, queued] = await drive(jambonz, rest, ['d:3']);
    expect(verbOf(queued!, 'enqueue')).toMatchObject({ name: 'privatkunden', priority: 919 });
    const record = await server.deps.engine.get(sid);
    expect(record!.visits).toEqual(['start', 'businessHours', 'welcome', 'languageMenu', 'useGerman', 'crmLookup', 'mainMenu', 'routeBySegment', 'premiumQueue']);
    expect(crmRequests).toBe(1);
    // Nothing of the slow step is left behind for a later resume to deliver twice.
    expect(record!.undelivered).toEqual([]);
  });

  it('answers a retried resume hook the same', async () => {
    const sid = jambonz.newCallSid();
    const held = await jambonz.hook(await jambonz.call(sid, { to: '+4940555000' }), 'gather', digits('2'));
    const url = verbOf(held, 'redirect').actionHook;
    await new Promise((resolve) => setTimeout(resolve, CRM_DELAY_MS + 200));
    const first = await jambonz.post(url, {});
    expect(names(first)).toEqual(['gather']);
    expect(await jambonz.post(url, {})).toEqual(first);
  });
});

describe('jambonz: hooks delivered twice, out of order or late', () => {
  it('handles a retried action hook once and answers it the same', async () => {
    const sid = jambonz.newCallSid();
    const menu = await jambonz.call(sid, { to: 'multilingual-menu' });
    const first = await jambonz.hook(menu, 'gather', digits('3'));
    const again = await jambonz.hook(menu, 'gather', digits('3'));
    expect(again).toEqual(first);
    const record = await server.deps.engine.get(sid);
    expect(record!.trace.filter((t) => t.kind === 'event' && t.data.type === 'digits')).toHaveLength(1);
  });

  it('answers a retried calling webhook with the first answer', async () => {
    const sid = jambonz.newCallSid();
    const first = await jambonz.call(sid, { to: 'voice-robot' });
    expect(await jambonz.call(sid, { to: 'voice-robot' })).toEqual(first);
  });

  it('asks again for what the session waits for when a hook does not fit', async () => {
    const sid = jambonz.newCallSid();
    await jambonz.call(sid, { to: 'bank-hotline' });
    const wrong = await jambonz.post(`/jambonz/hook/${sid}/dial/1`, { dial_call_status: 'completed' });
    expect(names(wrong)).toEqual(['gather']);
    expect(verbOf(wrong, 'gather')).toMatchObject({ say: { text: expect.stringContaining('Für Deutsch') }, actionHook: `/jambonz/hook/${sid}/gather/2` });
    const [, queued] = await drive(jambonz, wrong, ['d:2']);
    expect(names(queued!).at(-1)).toBe('enqueue');
  });

  it('ends the session once when the call status says completed, and hangs up late hooks', async () => {
    const sid = jambonz.newCallSid();
    const menu = await jambonz.call(sid, { to: 'multilingual-menu' });
    expect(await jambonz.post('/jambonz/status', { call_sid: sid, call_status: 'ringing' })).toEqual([]);
    expect((await server.deps.engine.get(sid))!.status).toBe('active');
    for (let i = 0; i < 2; i++) expect(await jambonz.post('/jambonz/status', { call_sid: sid, call_status: 'completed' })).toEqual([]);
    const record = await server.deps.engine.get(sid);
    expect(record!.status).toBe('ended');
    expect(record!.trace.filter((t) => t.kind === 'event' && t.data.type === 'hangup')).toHaveLength(1);
    expect(names(await jambonz.hook(menu, 'gather', digits('1')))).toEqual(['hangup']);
  });

  it('hangs up hooks of calls it does not know, and ignores their status', async () => {
    expect(await jambonz.post('/jambonz/hook/nobody/gather/1', digits('1'))).toEqual([{ verb: 'hangup', headers: { 'X-Reason': 'notFound' } }]);
    expect(await jambonz.post('/jambonz/status', { call_sid: 'nobody', call_status: 'completed' })).toEqual([]);
    expect(await jambonz.post('/jambonz/wait/nobody/1', { queue_position: 0 })).toEqual([{ verb: 'leave' }]);
    expect(await jambonz.post('/jambonz/whisper/nobody/1', {})).toEqual([]);
  });

  it('treats unusable gather results as silence', async () => {
    const sid = jambonz.newCallSid();
    const menu = await jambonz.call(sid, { to: 'bank-hotline' });
    await jambonz.hook(menu, 'gather', { reason: 'speechDetected', speech: { alternatives: [{ transcript: '  ' }] } });
    const record = await server.deps.engine.get(sid);
    expect(record!.trace.filter((t) => t.kind === 'event').at(-1)?.data).toEqual({ type: 'noInput' });
  });
});

/**
 * On a connection of its own: the server answers 413 before the body is read and closes that
 * connection, which a pooled fetch would then reuse for the next test.
 */
function oversized(path: string, bytes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end('x'.repeat(bytes));
  });
}

describe('jambonz: bad input', () => {
  const post = (path: string, body: string, type = 'application/json') =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': type }, body });

  it('rejects malformed bodies, missing call ids and unknown hook kinds with 4xx', async () => {
    expect((await post('/jambonz/call', '{"call_sid":')).status).toBe(400);
    expect((await post('/jambonz/call', JSON.stringify({ from: '+49301' }))).status).toBe(400);
    expect((await post('/jambonz/hook/x/transfer/1', '{}')).status).toBe(400);
    expect((await post('/jambonz/hook/x/gather/-1', '{}')).status).toBe(400);
    expect(await oversized('/jambonz/call', 3_000_000)).toBe(413);
  });

  it('answers odd but well-formed hooks with verbs, and wrongly typed fields with 400', async () => {
    const response = await post('/jambonz/call', JSON.stringify({ call_sid: jambonz.newCallSid(), to: 42, from: null }));
    expect(response.status).toBe(400);
    const odd = await postJson(`${server.url}/jambonz/hook/nobody/enqueue/3?maxWait=abc`, { queue_result: 'bridged' });
    expect(odd.status).toBe(400);
    const fine = await postJson(`${server.url}/jambonz/hook/nobody/gather/3`, { reason: 'dtmfDetected', digits: 'A1B', extra: { deep: [1, 2] } });
    expect(fine.status).toBe(200);
    expectValidVerbs(fine.body);
  });
});
