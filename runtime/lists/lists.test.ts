import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, runtime } from '../../test/support/server';

let server: Awaited<ReturnType<typeof runtime>>;
beforeAll(async () => {
  server = await runtime();
});
afterAll(() => server.stop());

async function send(method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** A scenario that only asks whether the caller is on list "x". */
const screening = {
  dsl: 2,
  id: 'list-screening',
  name: 'List screening',
  locales: ['en-US'],
  channels: ['voice'],
  start: 'start',
  nodes: {
    start: { kind: 'start', on: { call: 'check' } },
    check: { kind: 'callerList', list: 'x', on: { listed: 'turnedAway', notListed: 'welcomed' } },
    turnedAway: { kind: 'hangup', reason: 'blocked' },
    welcomed: { kind: 'hangup', reason: 'welcome' },
  },
};

describe('caller lists API', () => {
  it('creates, reads, lists and deletes a list', async () => {
    expect((await send('PUT', '/api/lists/vip', { numbers: ['+4930111', '+4930111', '+4989*'] })).body).toEqual({ name: 'vip', numbers: ['+4930111', '+4989*'] });
    expect((await send('GET', '/api/lists/vip')).body.numbers).toEqual(['+4930111', '+4989*']);
    expect((await send('GET', '/api/lists')).body).toContainEqual({ name: 'vip', count: 2 });
    expect((await send('DELETE', '/api/lists/vip')).status).toBe(204);
    expect((await send('GET', '/api/lists/vip')).status).toBe(404);
    expect((await send('DELETE', '/api/lists/vip')).status).toBe(404);
  });

  it('adds and removes single numbers, creating the list on the first add', async () => {
    expect((await send('POST', '/api/lists/spam/numbers', { number: '+4915199999999' })).body.numbers).toEqual(['+4915199999999']);
    expect((await send('POST', '/api/lists/spam/numbers', { number: '+4990*' })).body.numbers).toEqual(['+4915199999999', '+4990*']);
    expect((await send('DELETE', `/api/lists/spam/numbers/${encodeURIComponent('+4915199999999')}`)).body.numbers).toEqual(['+4990*']);
    expect((await send('DELETE', '/api/lists/spam/numbers/+4990*')).body.numbers).toEqual([]);
    expect((await send('DELETE', '/api/lists/spam/numbers/+4990*')).status).toBe(404);
  });

  it('rejects entries that are not numbers or prefixes, and odd list names', async () => {
    for (const bad of [{ numbers: ['030 1234'] }, { numbers: ['+49*1'] }, { numbers: ['abc'] }, { numbers: '+49' }, {}]) {
      const reply = await send('PUT', '/api/lists/bad', bad);
      expect(reply.status, JSON.stringify(bad)).toBe(400);
      expect(reply.body.error.code).toBe('request.invalid');
    }
    expect((await send('POST', '/api/lists/bad/numbers', { number: 'anonymous' })).status).toBe(400);
    expect((await send('PUT', '/api/lists/__proto__', { numbers: [] })).status).toBe(400);
    expect((await send('GET', '/api/lists/constructor')).status).toBe(404);
    expect((await send('GET', '/api/lists/bad')).status).toBe(404);
  });
});

describe('a callerList node follows the managed list', () => {
  beforeAll(async () => {
    expect((await postJson(`${server.url}/api/scenarios`, screening)).status).toBe(201);
    expect((await postJson(`${server.url}/api/scenarios/list-screening/publish`, { message: 'first' })).status).toBe(201);
  });

  const callFrom = async (from: string) => {
    const reply = await postJson(`${server.url}/api/calls`, { scenarioId: 'list-screening', from, to: '+498001234567' });
    expect(reply.status).toBe(201);
    return (await server.deps.engine.get(reply.body.sessionId))!.visits;
  };

  it('takes "listed" for a number on the list and "notListed" once it is removed', async () => {
    await send('PUT', '/api/lists/x', { numbers: ['+4930123456789'] });
    expect(await callFrom('+4930123456789')).toEqual(['start', 'check', 'turnedAway']);
    await send('DELETE', '/api/lists/x/numbers/+4930123456789');
    expect(await callFrom('+4930123456789')).toEqual(['start', 'check', 'welcomed']);
  });

  it('matches a prefix entry added through the API', async () => {
    await send('POST', '/api/lists/x/numbers', { number: '+4940*' });
    expect(await callFrom('+494012345')).toEqual(['start', 'check', 'turnedAway']);
    expect(await callFrom('+494112345')).toEqual(['start', 'check', 'welcomed']);
  });
});
