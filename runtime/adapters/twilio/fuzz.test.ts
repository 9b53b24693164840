import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runtime } from '../../../test/support/server';

/** Whatever reaches the webhooks — started calls, stray callbacks, odd values — is answered without a 5xx. */
let server: Awaited<ReturnType<typeof runtime>>;
beforeAll(async () => {
  server = await runtime({ WEBHOOK_DEADLINE_MS: 500 });
});
afterAll(() => server.stop());

const callSid = fc.oneof(fc.constantFrom('CA1', 'CA2', 'CA3'), fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', minLength: 90, maxLength: 200 }));
const value = fc.oneof(fc.constantFrom('', '1', '12#', '*', 'completed', 'busy', 'no-answer', 'bridged', 'leave', 'queue-full', 'hangup', 'ja'), fc.string({ maxLength: 50 }), fc.string({ unit: 'binary', maxLength: 20 }));
const params = fc.record(
  {
    CallSid: callSid, From: value, To: fc.constantFrom('sip:multilingual-menu@x', 'sip:bank-hotline@x', 'sip:caller-screening@x', '+49', ''),
    Direction: fc.constantFrom('inbound', 'outbound-api', ''), Digits: value, SpeechResult: value, DialCallStatus: value,
    QueueResult: value, RecordingUrl: value, RecordingDuration: value, CallStatus: value, QueueTime: value, CurrentQueueSize: value,
  },
  { requiredKeys: [] },
);
const path = fc.oneof(
  fc.constantFrom('/twilio/voice', '/twilio/voice?scenario=voice-robot', '/twilio/status'),
  fc.tuple(fc.constantFrom('CA1', 'CA2', 'CA3', 'x y', '..', '%00'), fc.constantFrom('gather', 'noinput', 'dial', 'queue', 'record', 'resume', 'whisper', 'wait', 'nope'), fc.nat(6))
    .map(([sid, kind, step]) => `/twilio/calls/${encodeURIComponent(sid)}/${kind}?step=${step}&node=serviceQueue`),
);

it('answers 400 random webhook requests without a 5xx', async () => {
  await fc.assert(
    fc.asyncProperty(path, params, fc.boolean(), async (route, form, raw) => {
      const body = raw ? Object.entries(form).map(([k, v]) => `${k}=${v}`).join('&') : new URLSearchParams(form as Record<string, string>).toString();
      const response = await fetch(`${server.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
      await response.text();
      expect(response.status, `${route} ${body}`).toBeLessThan(500);
    }),
    { numRuns: 400 },
  );
});
