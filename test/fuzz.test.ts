import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, runtime } from './support/server';

let server: Awaited<ReturnType<typeof runtime>>;
let liveSession = '';
beforeAll(async () => {
  server = await runtime({ BODY_LIMIT: 64_000 });
  liveSession = (await postJson(`${server.url}/api/calls`, { scenarioId: 'multilingual-menu' })).body.sessionId;
});
afterAll(() => server.stop());

const ENDPOINTS = [
  '/api/calls',
  '/api/calls/{session}/events',
  '/api/calls/{session}/resume',
  '/api/scenarios',
  '/api/scenarios/multilingual-menu',
  '/api/scenarios/multilingual-menu/validate',
  '/api/scenarios/multilingual-menu/publish',
  '/api/scenarios/multilingual-menu/rollback',
  '/api/bindings',
  '/api/calls/{session}/queue',
  '/api/lists/vip',
  '/api/agents/anna',
  '/api/chat/{session}/agent-result',
  '/twilio/voice',
  '/twilio/status',
  '/twilio/calls/{session}/gather?step=1',
  '/twilio/calls/{session}/dial?step=2',
  '/twilio/calls/{session}/queue?step=3',
  '/jambonz/call',
  '/jambonz/status',
  '/jambonz/hook/{session}/gather/1',
  '/jambonz/hook/{session}/enqueue/2',
  '/jambonz/wait/{session}/1',
  '/sms/webhook',
];

/** Field names the adapters read, so random values reach their parsing, not just their 404s. */
const FIELDS = ['CallSid', 'From', 'To', 'Digits', 'SpeechResult', 'DialCallStatus', 'QueueResult', 'RecordingUrl', 'CallStatus', 'Body', 'MessageSid',
  'call_sid', 'from', 'to', 'reason', 'digits', 'speech', 'dial_call_status', 'queue_result', 'queue_time', 'call_status', 'customerData', 'type', 'text', 'result', 'scenarioId', 'binding', 'vars', 'message', 'revision', 'kind', 'address'];

const session = fc.oneof(fc.constant('{live}'), fc.string({ maxLength: 30 }), fc.constantFrom('..', '%00', 'a/b', '__proto__', ' '));
const formBody = fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 10 })), fc.string({ maxLength: 40 }), { maxKeys: 8 });
const jsonBody = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc.record({ type: fc.constantFrom('digits', 'speech', 'text', 'noInput', 'hangup', 'queueResult', 'transferResult', 'recordingDone', 'start'), digits: fc.string(), text: fc.string(), result: fc.string() }, { requiredKeys: ['type'] }).map((v) => JSON.stringify(v)),
  fc.record({ scenarioId: fc.constantFrom('multilingual-menu', 'nope', ''), from: fc.string(), vars: fc.object(), binding: fc.anything() }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
);
const request = fc.record({
  method: fc.constantFrom('POST', 'POST', 'PUT', 'GET', 'DELETE', 'PATCH'),
  endpoint: fc.constantFrom(...ENDPOINTS),
  session,
  kind: fc.constantFrom('json', 'form', 'text', 'huge'),
  json: jsonBody,
  form: formBody,
  text: fc.string({ maxLength: 200 }),
});

describe('fuzzing the HTTP and webhook endpoints', () => {
  it('answers 2,000 random requests without a 5xx and keeps serving', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const path = r.endpoint.replace('{session}', encodeURIComponent(r.session === '{live}' ? liveSession : r.session));
        const headers: Record<string, string> = {};
        let body: string | undefined;
        if (r.method !== 'GET') {
          if (r.kind === 'json') [headers['content-type'], body] = ['application/json', r.json];
          if (r.kind === 'form') [headers['content-type'], body] = ['application/x-www-form-urlencoded', new URLSearchParams(r.form).toString()];
          if (r.kind === 'text') [headers['content-type'], body] = ['text/plain', r.text];
          if (r.kind === 'huge') [headers['content-type'], body] = ['application/json', `{"x":"${'a'.repeat(70_000)}"}`];
        }
        const response = await fetch(`${server.url}${path}`, { method: r.method, headers, body });
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(response.status, `${r.method} ${path} (${r.kind})`).toBeLessThan(500);
      }),
      { numRuns: 2000 },
    );
    console.log('statuses:', Object.fromEntries([...statuses].sort()));
    const health = await fetch(`${server.url}/api/scenarios`);
    expect(health.status).toBe(200);
  }, 300_000);
});
