import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runtime } from '../../../test/support/server';
import { CALL, expectValidVerbs, FakeJambonz } from './fake-jambonz';

let server: Awaited<ReturnType<typeof runtime>>;
const live: string[] = [];
beforeAll(async () => {
  server = await runtime({ BODY_LIMIT: 64_000 }, { now: () => new Date('2026-11-23T10:00:00+01:00') });
  const jambonz = new FakeJambonz(server.url);
  // Calls waiting at a menu, in a queue and at a transfer, so random hooks meet every kind of wait.
  for (const to of ['bank-hotline', 'voice-robot', 'multilingual-menu']) {
    const sid = jambonz.newCallSid();
    await jambonz.call(sid, { to });
    live.push(sid);
  }
});
afterAll(() => server.stop());

const value = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.constant(null), fc.boolean(), fc.json({ maxDepth: 2 }).map((j) => JSON.parse(j) as unknown));
const payload = fc.record(
  {
    call_sid: fc.oneof(fc.constantFrom(...['x', '']), fc.string({ maxLength: 12 })),
    to: fc.oneof(fc.constantFrom('bank-hotline', 'sip:voice-robot@h', '+49'), value),
    reason: fc.oneof(fc.constantFrom('dtmfDetected', 'speechDetected', 'timeout', 'stt-error'), value),
    digits: value,
    speech: fc.oneof(value, fc.record({ alternatives: fc.array(fc.record({ transcript: value, confidence: value })) })),
    dial_call_status: fc.oneof(fc.constantFrom('completed', 'busy', 'failed', 'no-answer'), value),
    queue_result: fc.oneof(fc.constantFrom('bridged', 'leave', 'hangup', 'error'), value),
    queue_time: value,
    queue_position: value,
    call_status: fc.oneof(fc.constantFrom('completed', 'ringing'), value),
    customerData: value,
  },
  { requiredKeys: [] },
);
const path = fc.oneof(
  fc.constant('/jambonz/call'),
  fc.constant('/jambonz/status'),
  fc.tuple(fc.constantFrom('gather', 'dial', 'enqueue', 'record', 'resume', 'other'), fc.integer({ min: -1, max: 9 })).map(([kind, step]) => `/jambonz/hook/{sid}/${kind}/${step}?maxWait=60`),
  fc.constantFrom('/jambonz/wait/{sid}/2', '/jambonz/whisper/{sid}/2', '/jambonz/transcript/{sid}'),
);

describe('jambonz webhooks under random input', () => {
  it('answer valid verbs or a 4xx, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(path, fc.nat({ max: 3 }), payload, async (template, which, body) => {
        const sid = live[which] ?? 'unknown-call';
        const response = await fetch(`${server.url}${template.replace('{sid}', encodeURIComponent(sid))}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(template === '/jambonz/call' ? { ...CALL, ...body } : body),
        });
        const text = await response.text();
        expect(response.status, `${template} ${JSON.stringify(body)} → ${text}`).toBeLessThan(500);
        if (response.status === 200) expectValidVerbs(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
