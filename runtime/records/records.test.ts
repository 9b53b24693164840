import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, runtime } from '../../test/support/server';

let server: Awaited<ReturnType<typeof runtime>>;
const getJson = async (path: string) => {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, body: await response.json() };
};
const startCall = async (start: Record<string, unknown>, events: Record<string, unknown>[] = []) => {
  const first = await postJson(`${server.url}/api/calls`, { from: '+4930555666', to: '+498001234567', ...start });
  expect(first.status).toBe(201);
  for (const event of events) expect((await postJson(`${server.url}/api/calls/${first.body.sessionId}/events`, event)).status).toBe(200);
  return first.body.sessionId as string;
};

let before: string;
const ids: Record<'blocked' | 'consent' | 'billing', string> = { blocked: '', consent: '', billing: '' };
beforeAll(async () => {
  server = await runtime();
  before = new Date().toISOString();
  // Ended at once: the number is on the scenario's inline blocklist.
  ids.blocked = await startCall({ scenarioId: 'caller-screening', from: '+4990012345' });
  // Still active: waits for the recording consent.
  ids.consent = await startCall({ scenarioId: 'caller-screening' });
  // Active in the billing queue, tagged "bot" and "billing" on the way.
  ids.billing = await startCall({ scenarioId: 'voice-robot' }, [{ type: 'digits', digits: '1' }, { type: 'speech', text: 'Ich habe eine Frage zu meiner Rechnung' }]);
});
afterAll(() => server.stop());

const listed = async (query: string) => {
  const reply = await getJson(`/api/calls?${query}`);
  expect(reply.status).toBe(200);
  return (reply.body as { id: string }[]).map((s) => s.id);
};

describe('GET /api/calls', () => {
  it('lists summaries newest first, without traces', async () => {
    const reply = await getJson('/api/calls');
    expect(reply.body.map((s: { id: string }) => s.id)).toEqual([ids.billing, ids.consent, ids.blocked]);
    expect(reply.body[0]).toMatchObject({ scenarioId: 'voice-robot', status: 'active', tags: ['bot', 'billing'], source: { adapter: 'native' } });
    expect(reply.body[0].trace).toBeUndefined();
    expect(reply.body[0].snapshot).toBeUndefined();
  });

  it('filters by status, scenario and tag', async () => {
    expect(await listed('status=ended')).toEqual([ids.blocked]);
    expect(await listed('status=active')).toEqual([ids.billing, ids.consent]);
    expect(await listed('scenario=caller-screening')).toEqual([ids.consent, ids.blocked]);
    expect(await listed('tag=billing')).toEqual([ids.billing]);
    expect(await listed('tag=billing&status=ended')).toEqual([]);
  });

  it('filters by period, with days or instants in any offset', async () => {
    expect(await listed(`from=${encodeURIComponent(before)}`)).toHaveLength(3);
    expect(await listed('from=2999-01-01')).toEqual([]);
    expect(await listed(`to=${encodeURIComponent('2020-01-01T10:00:00+01:00')}`)).toEqual([]);
  });

  it('returns at most limit sessions and refuses a limit over 1000 or a malformed date', async () => {
    expect(await listed('limit=2')).toEqual([ids.billing, ids.consent]);
    expect((await getJson('/api/calls?limit=1001')).status).toBe(400);
    expect((await getJson('/api/calls?from=yesterday')).status).toBe(400);
    expect((await getJson('/api/calls?status=lost')).status).toBe(400);
  });
});

describe('GET /api/calls/{id}', () => {
  it('returns the trace: events, visits, commands and variables, each with a time', async () => {
    const { status, body } = await getJson(`/api/calls/${ids.billing}`);
    expect(status).toBe(200);
    const trace = body.trace as { at: string; kind: string; data: Record<string, unknown> }[];
    expect(trace.every((e) => !Number.isNaN(Date.parse(e.at)))).toBe(true);
    expect(trace.filter((e) => e.kind === 'visit').map((e) => e.data.nodeId)).toEqual(body.visits);
    expect(trace).toContainEqual(expect.objectContaining({ kind: 'event', data: { type: 'digits', digits: '1' } }));
    expect(trace).toContainEqual(expect.objectContaining({ kind: 'command', data: expect.objectContaining({ type: 'enqueue', queue: 'rechnung' }) }));
    expect(trace).toContainEqual(expect.objectContaining({ kind: 'effect' }));
    expect(body.snapshot).toBeUndefined();
  });

  it('answers 404 for an unknown session', async () => {
    const { status, body } = await getJson('/api/calls/no-such-call');
    expect(status).toBe(404);
    expect(body.error.code).toBe('notFound');
  });
});

describe('GET /api/scenarios/{id}/stats', () => {
  it('counts visits per node and sessions by status and end reason', async () => {
    const { status, body } = await getJson('/api/scenarios/caller-screening/stats');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      scenarioId: 'caller-screening',
      sessions: 2,
      visits: { start: 2, blocklist: 2, blockedNotice: 1, hangupBlocked: 1, vipList: 1, welcome: 1, recordingConsent: 1 },
      byStatus: { ended: 1, active: 1 },
      byEndReason: { blocked: 1 },
    });
    expect(body.visits.serviceQueue).toBeUndefined();
  });

  it('counts a node visited twice in one call twice in visits, once in reached', async () => {
    // German, then "9" repeats the main menu.
    await startCall({ scenarioId: 'multilingual-menu' }, [{ type: 'digits', digits: '1' }, { type: 'digits', digits: '9' }]);
    const { body } = await getJson('/api/scenarios/multilingual-menu/stats');
    expect(body.visits).toEqual({ start: 1, languageMenu: 1, useGerman: 1, mainMenu: 2 });
    expect(body.reached).toEqual({ start: 1, languageMenu: 1, useGerman: 1, mainMenu: 1 });
  });

  it('limits the period and the revision', async () => {
    expect((await getJson('/api/scenarios/caller-screening/stats?from=2999-01-01')).body.sessions).toBe(0);
    expect((await getJson('/api/scenarios/caller-screening/stats?revision=1')).body.sessions).toBe(2);
    expect((await getJson('/api/scenarios/caller-screening/stats?revision=2')).body.sessions).toBe(0);
  });

  it('answers 404 for an unknown scenario', async () => {
    expect((await getJson('/api/scenarios/nothing-here/stats')).status).toBe(404);
  });
});
