import { describe, expect, it } from 'vitest';
import type { HttpRequest } from '../session/context';
import { bye, compiled } from '../test/build';
import { createSession } from './session';
import { simulate } from './simulate';

const lookup = compiled(
  {
    crm: {
      kind: 'http',
      method: 'POST',
      url: 'https://crm.example/api/customers?phone={{caller.number}}',
      body: '{"note": "{{vars.note}}", "phone": "{{caller.number}}"}',
      retries: 1,
      timeout: 2,
      holdPrompt: { 'en-US': 'One moment please.' },
      map: { name: 'response.body.name', vip: 'response.body.tier == "gold"' },
      on: { success: 'hello', error: 'failed', timeout: 'slow' },
    },
    hello: { kind: 'say', prompt: { 'en-US': 'Hello {{vars.name}}.' }, next: 'bye' },
    failed: { kind: 'say', prompt: { 'en-US': 'Error {{response.status}}.' }, next: 'bye' },
    slow: { kind: 'say', prompt: { 'en-US': 'Too slow.' }, next: 'bye' },
    bye,
  },
  { variables: { name: { type: 'string' }, vip: { type: 'boolean' }, note: { type: 'string', default: 'says "hi"' } } },
);

const start = { type: 'start', sessionId: 's', trigger: 'call', channel: 'voice', caller: { number: '+49 30 1' }, called: { number: '1' }, vars: {}, startedAt: '' } as const;

describe('http node', () => {
  it('says the hold prompt, sends escaped URL and JSON body, and maps the response', async () => {
    const requests: HttpRequest[] = [];
    const session = createSession(lookup, {
      http: async (request) => {
        requests.push(request);
        return { status: 200, body: { name: 'Anna', tier: 'gold' }, headers: {} };
      },
    });
    const step = await session.start(start);
    expect(requests[0]).toMatchObject({
      method: 'POST',
      url: 'https://crm.example/api/customers?phone=%2B49%2030%201',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(JSON.parse(requests[0]!.body!)).toEqual({ note: 'says "hi"', phone: '+49 30 1' });
    expect(step.commands.filter((c) => c.type === 'say').map((c) => (c as { text: string }).text)).toEqual([
      'One moment please.',
      'Hello Anna.',
      'Goodbye.',
    ]);
    expect(session.context().vars).toMatchObject({ name: 'Anna', vip: true });
  });

  it('retries a 5xx, then leaves by error with the response readable', async () => {
    let calls = 0;
    const session = createSession(lookup, {
      http: async () => {
        calls++;
        return { status: 503, body: null, headers: {} };
      },
    });
    const step = await session.start(start);
    expect(calls).toBe(2);
    expect(step.commands).toContainEqual(expect.objectContaining({ text: 'Error 503.' }));
  });

  it('does not retry a 4xx answer', async () => {
    let calls = 0;
    await createSession(lookup, { http: async () => ({ status: (calls++, 404), body: null, headers: {} }) }).start(start);
    expect(calls).toBe(1);
  });

  it('leaves by timeout when the server does not answer in time', async () => {
    const run = await simulate(lookup, [], { http: { crm: 'timeout' } });
    expect(run.path).toEqual(['start', 'crm', 'slow', 'bye']);
    expect(run.transcript).toContain('~ timeout: POST https://crm.example/api/customers?phone=%2B4930123456789 → no answer within 2s');
  });

  it('leaves by error on a network failure or without any HTTP provider', async () => {
    expect((await simulate(lookup, [], { http: { crm: 'error' } })).path).toContain('failed');
    const step = await createSession(lookup).start(start);
    expect(step.happenings).toContainEqual(expect.objectContaining({ kind: 'effect', result: expect.objectContaining({ result: 'error' }) }));
  });

  it('stops a scenario that keeps calling a server without the caller', async () => {
    const loop = compiled({
      poll: { kind: 'http', url: 'https://x.example/poll', on: { success: 'poll' } },
    });
    const session = createSession(loop, { http: async () => ({ status: 200, body: {}, headers: {} }) }, { maxEffectsPerStep: 5 });
    const step = await session.start(start);
    expect(step.ended).toBe(true);
    expect(step.error).toMatch(/more than 5 automatic requests/);
  });
});
