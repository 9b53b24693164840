import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, runtime } from '../../test/support/server';

let server: Awaited<ReturnType<typeof runtime>>;
beforeAll(async () => {
  server = await runtime();
});
afterAll(() => server.stop());

const request = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
};

const greeting = (text: string) => ({
  dsl: 2,
  id: 'greeter',
  name: 'Greeter',
  locales: ['en-US'],
  start: 'start',
  nodes: {
    start: { kind: 'start', on: { call: 'hello' } },
    hello: { kind: 'say', prompt: { 'en-US': text }, next: 'wait' },
    wait: { kind: 'ask', prompt: { 'en-US': 'Any key.' }, variable: 'key', type: 'digits', on: { valid: 'bye' } },
    bye: { kind: 'hangup' },
  },
  variables: {},
});

describe('scenarios API', () => {
  it('lists the examples loaded on first start, all published', async () => {
    const { body } = await request('GET', '/api/scenarios');
    expect(body.map((s: { id: string }) => s.id)).toEqual([
      'ai-routing', 'appointment-reminder', 'bank-hotline', 'caller-screening', 'identify-customer', 'multilingual-menu', 'support-chatbot', 'voice-robot',
    ]);
    expect(body.every((s: { status: string }) => s.status === 'published')).toBe(true);
  });

  it('keeps an incomplete draft, but refuses to publish it, naming the problem', async () => {
    const draft = greeting('Hello');
    delete (draft.nodes.hello as { next?: string }).next;
    const created = await request('POST', '/api/scenarios', draft);
    expect(created.status).toBe(201);
    expect(created.body.diagnostics).toContainEqual(expect.objectContaining({ code: 'port.unconnected', nodeId: 'hello' }));
    const published = await request('POST', '/api/scenarios/greeter/publish', { message: 'first' });
    expect(published.status).toBe(422);
    expect(published.body.error.diagnostics[0]).toMatchObject({ nodeId: 'hello' });
    expect((await request('POST', '/api/scenarios/greeter/validate')).status).toBe(422);
  });

  it('refuses a malformed document without storing anything', async () => {
    const broken = await request('POST', '/api/scenarios', { dsl: 2, id: 'broken', name: 'B', locales: ['en-US'], start: 's', nodes: { s: { kind: 'teleport' } } });
    expect(broken.status).toBe(422);
    expect(broken.body.error.diagnostics.map((d: { message: string }) => d.message).join('\n')).toMatch(/unknown kind 'teleport'/);
    expect((await request('GET', '/api/scenarios/broken')).status).toBe(404);
    expect((await request('POST', '/api/scenarios', { dsl: 99 })).status).toBe(422);
  });

  it('publishes numbered revisions; a running call keeps its revision', async () => {
    expect((await request('PUT', '/api/scenarios/greeter', greeting('Hello one'))).status).toBe(200);
    expect((await request('POST', '/api/scenarios/greeter/publish', { message: 'v1' })).body.revision).toBe(1);
    const running = await postJson(`${server.url}/api/calls`, { scenarioId: 'greeter' });
    expect(running.body.commands[1].text).toBe('Hello one');

    await request('PUT', '/api/scenarios/greeter', greeting('Hello two'));
    expect((await request('POST', '/api/scenarios/greeter/publish', { message: 'v2' })).body.revision).toBe(2);
    const fresh = await postJson(`${server.url}/api/calls`, { scenarioId: 'greeter' });
    expect(fresh.body.commands[1].text).toBe('Hello two');

    const record = await server.deps.engine.get(running.body.sessionId);
    expect(record!.revision).toBe(1);
    const next = await postJson(`${server.url}/api/calls/${running.body.sessionId}/events`, { type: 'digits', digits: '5' });
    expect(next.body.ended).toBe(true);

    const revisions = await request('GET', '/api/scenarios/greeter/revisions');
    expect(revisions.body.map((r: { revision: number; message: string }) => [r.revision, r.message])).toEqual([[1, 'v1'], [2, 'v2']]);
    const one = await request('GET', '/api/scenarios/greeter/revisions/1');
    expect(one.body.compiled.machine.id).toBe('callflow:greeter');
  });

  it('binds a number to a revision and rolls back', async () => {
    const bound = await request('PUT', '/api/bindings', { kind: 'number', address: '+4930555', scenarioId: 'greeter', revision: 1 });
    expect(bound.status).toBe(200);
    const pinned = await postJson(`${server.url}/api/calls`, { binding: { kind: 'number', address: '+4930555' } });
    expect(pinned.body.commands[1].text).toBe('Hello one');

    await request('PUT', '/api/bindings', { kind: 'number', address: '+4930556', scenarioId: 'greeter' });
    expect((await request('POST', '/api/scenarios/greeter/rollback', { revision: 1 })).body.current).toBe(1);
    const following = await postJson(`${server.url}/api/calls`, { binding: { kind: 'number', address: '+4930556' } });
    expect(following.body.commands[1].text).toBe('Hello one');

    expect((await request('DELETE', '/api/scenarios/greeter')).status).toBe(409);
    expect((await request('DELETE', '/api/bindings/number/%2B4930555')).status).toBe(204);
    expect((await request('PUT', '/api/bindings', { kind: 'fax', address: '1', scenarioId: 'greeter' })).status).toBe(400);
    expect((await request('PUT', '/api/bindings', { kind: 'number', address: '1', scenarioId: 'greeter', revision: 9 })).status).toBe(404);
  });

  it('serves the OpenAPI document and a reference page', async () => {
    const doc = await request('GET', '/api/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/scenarios', '/api/calls', '/api/calls/{id}/events', '/api/bindings']));
    const page = await fetch(`${server.url}/api/docs`);
    expect(await page.text()).toContain('/api/docs/swagger-ui-bundle.js');
  });
});
