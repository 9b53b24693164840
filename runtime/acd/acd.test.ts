import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../../test/support/examples';
import { postJson, runtime } from '../../test/support/server';
import { readConfig } from '../config';
import { startServer } from '../server';

type Server = { url: string };
const send = async (server: Server, method: string, path: string, body?: unknown) => {
  const response = await fetch(`${server.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, body: response.status === 204 ? null : await response.json() };
};
const agent = (skills: string[], state = 'available') => ({ name: 'Agent', target: { type: 'sip', value: 'sip:agent@pbx.example' }, skills, state });

describe('agents API', () => {
  let server: Awaited<ReturnType<typeof runtime>>;
  beforeAll(async () => {
    server = await runtime();
  });
  afterAll(() => server.stop());

  it('creates, replaces, lists, reads and removes agents', async () => {
    const created = await send(server, 'PUT', '/api/agents/anna', { name: 'Anna', target: { type: 'number', value: '+4930111222' }, skills: ['billing'] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: 'anna', name: 'Anna', state: 'offline', skills: ['billing'], queues: [], lastAvailableAt: null, sessionId: null });
    expect((await send(server, 'PUT', '/api/agents/anna', { name: 'Anna B.', target: { type: 'number', value: '+4930111222' } })).status).toBe(200);
    expect((await send(server, 'GET', '/api/agents/anna')).body.name).toBe('Anna B.');
    expect((await send(server, 'GET', '/api/agents')).body.map((a: { id: string }) => a.id)).toEqual(['anna']);
    expect((await send(server, 'DELETE', '/api/agents/anna')).status).toBe(204);
    expect((await send(server, 'GET', '/api/agents/anna')).status).toBe(404);
    expect((await send(server, 'DELETE', '/api/agents/anna')).status).toBe(404);
  });

  it('starts the idle time when an agent becomes available, and filters by state', async () => {
    await send(server, 'PUT', '/api/agents/ben', agent([], 'offline'));
    const available = await send(server, 'POST', '/api/agents/ben/state', { state: 'available' });
    expect(available.body.state).toBe('available');
    expect(Date.parse(available.body.lastAvailableAt)).not.toBeNaN();
    const again = await send(server, 'POST', '/api/agents/ben/state', { state: 'available' });
    expect(again.body.lastAvailableAt).toBe(available.body.lastAvailableAt);
    expect((await send(server, 'GET', '/api/agents?state=available')).body.map((a: { id: string }) => a.id)).toContain('ben');
    expect((await send(server, 'GET', '/api/agents?state=offline')).body.map((a: { id: string }) => a.id)).not.toContain('ben');
    await send(server, 'POST', '/api/agents/ben/state', { state: 'offline' });
  });

  it('rejects malformed agents with a 400 that names the problem', async () => {
    const bad: [string, unknown][] = [
      ['target.type', { name: 'X', target: { type: 'fax', value: '+4930111' } }],
      ['target.value', { name: 'X', target: { type: 'number', value: 'call me' } }],
      ['target.value', { name: 'X', target: { type: 'sip', value: 'anna' } }],
      ['skills', { name: 'X', target: { type: 'sip', value: 'sip:x@pbx' }, skills: 'billing' }],
      ['state', { name: 'X', target: { type: 'sip', value: 'sip:x@pbx' }, state: 'away' }],
      ['name', { target: { type: 'sip', value: 'sip:x@pbx' } }],
    ];
    for (const [field, body] of bad) {
      const reply = await send(server, 'PUT', '/api/agents/x', body);
      expect(reply.status, field).toBe(400);
      expect(reply.body.error.message).toContain(field);
    }
    expect((await send(server, 'PUT', '/api/agents/bad%20id', agent([]))).status).toBe(400);
    expect((await send(server, 'POST', '/api/agents/x/state', { state: 'sleeping' })).status).toBe(400);
    expect((await send(server, 'POST', '/api/agents/nobody/state', { state: 'available' })).status).toBe(404);
    expect((await send(server, 'GET', '/api/agents/constructor')).status).toBe(404);
  });
});

describe('queues through the native adapter', () => {
  let server: Awaited<ReturnType<typeof runtime>>;
  beforeAll(async () => {
    // A Monday morning in Berlin: the bank is open.
    server = await runtime({}, { now: () => new Date('2026-11-23T10:00:00+01:00') });
  });
  afterAll(() => server.stop());

  const call = async (start: Record<string, unknown>, events: Record<string, unknown>[]) => {
    const first = await postJson(`${server.url}/api/calls`, { from: '+4930555666', ...start });
    expect(first.status).toBe(201);
    for (const event of events) expect((await postJson(`${server.url}/api/calls/${first.body.sessionId}/events`, event)).status).toBe(200);
    return first.body.sessionId as string;
  };
  const queueOf = async (id: string) => (await send(server, 'GET', `/api/calls/${id}/queue`)).body;

  it('voice robot: a billing caller waits for an agent with the billing skill and is connected', async () => {
    const id = await call({ scenarioId: 'voice-robot' }, [{ type: 'digits', digits: '1' }, { type: 'speech', text: 'Ich habe eine Frage zu meiner Rechnung' }]);
    expect(await queueOf(id)).toMatchObject({
      queue: 'rechnung',
      outcome: 'waiting',
      position: 1,
      assignment: null,
      positionPrompt: expect.stringMatching(/^Sie sind an Position 1, die Wartezeit beträgt etwa \d+ Minuten\.$/),
    });
    expect((await send(server, 'GET', '/api/queues')).body).toContainEqual({ queue: 'rechnung', waiting: 1, longestWaitSeconds: expect.any(Number), agentsAvailable: 0 });

    expect((await send(server, 'PUT', '/api/agents/tina', agent(['technical']))).body.state).toBe('available');
    expect((await queueOf(id)).outcome).toBe('waiting');

    const bert = await send(server, 'PUT', '/api/agents/bert', agent(['billing']));
    expect(bert.body).toMatchObject({ state: 'busy', sessionId: id });
    expect(await queueOf(id)).toMatchObject({ outcome: 'assigned', position: null, assignment: { agentId: 'bert', target: { type: 'sip', value: 'sip:agent@pbx.example' } } });

    // The telephony side connected the caller and says so.
    const answered = await postJson(`${server.url}/api/calls/${id}/events`, { type: 'queueResult', result: 'answered' });
    expect(answered.body.ended).toBe(true);
    expect((await server.deps.engine.get(id))!.visits.slice(-2)).toEqual(['billingQueue', 'endAfterAgent']);
    expect((await send(server, 'GET', '/api/agents/bert')).body).toMatchObject({ state: 'busy', sessionId: id });
    await send(server, 'POST', '/api/agents/bert/state', { state: 'offline' });
    await send(server, 'POST', '/api/agents/tina/state', { state: 'offline' });
  });

  it('bank hotline: with the CRM unreachable, callers line up in the advisor queue and hear their position', async () => {
    const english = [{ type: 'digits', digits: '2' }];
    const first = await call({ binding: { kind: 'number', address: 'bank-hotline' } }, english);
    const second = await call({ binding: { kind: 'number', address: 'bank-hotline' } }, english);
    expect((await server.deps.engine.get(second))!.visits).toContain('advisorQueue');
    expect(await queueOf(second)).toMatchObject({
      queue: 'privatkunden',
      position: 2,
      positionPrompt: expect.stringMatching(/^You are number 2 in the queue\. The expected waiting time is about \d+ minutes\.$/),
    });
    await postJson(`${server.url}/api/calls/${first}/events`, { type: 'hangup' });
    expect((await queueOf(first)).outcome).toBe('left');
    expect((await queueOf(second)).position).toBe(1);
  });

  it('answers 404 for a call that is not in a queue', async () => {
    const id = await call({ scenarioId: 'caller-screening' }, []);
    expect((await send(server, 'GET', `/api/calls/${id}/queue`)).status).toBe(404);
    expect((await send(server, 'GET', '/api/calls/nothing/queue')).status).toBe(404);
  });
});

describe('after a restart', () => {
  it('puts callers who were waiting back in their queue, first in line still first', async () => {
    const before = await runtime();
    const join = async () => (await postJson(`${before.url}/api/calls`, { scenarioId: 'voice-robot' })).body.sessionId as string;
    const ids = [await join(), await join()];
    for (const id of ids) {
      await postJson(`${before.url}/api/calls/${id}/events`, { type: 'digits', digits: '1' });
      await postJson(`${before.url}/api/calls/${id}/events`, { type: 'speech', text: 'Rechnung' });
    }
    await before.close();
    const after = await startServer({ ...readConfig({}), PORT: 0, HOST: '127.0.0.1', DATA_DIR: before.dataDir, EXAMPLES_DIR });
    try {
      expect((await send(after, 'GET', `/api/calls/${ids[0]}/queue`)).body).toMatchObject({ queue: 'rechnung', outcome: 'waiting', position: 1 });
      expect((await send(after, 'GET', `/api/calls/${ids[1]}/queue`)).body).toMatchObject({ outcome: 'waiting', position: 2 });
      await send(after, 'PUT', '/api/agents/bert', agent(['billing']));
      expect((await send(after, 'GET', `/api/calls/${ids[0]}/queue`)).body.assignment.agentId).toBe('bert');
    } finally {
      await after.close();
      await rm(before.dataDir, { recursive: true, force: true });
    }
  });
});
