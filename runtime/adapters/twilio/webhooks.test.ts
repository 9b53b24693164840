import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runtime } from '../../../test/support/server';
import { fakeBackends, publish, retargeted, type FakeBackends } from './testing/backends';
import { AUTH_TOKEN, signedPost, TwilioCall } from './testing/call';
import { parseXml, textOf } from './testing/xml';

/** The protocol around the calls: signatures, retries, callbacks out of order, status callbacks, slow steps. */
let server: Awaited<ReturnType<typeof runtime>>;
let backends: FakeBackends;
let calls = 0;

beforeAll(async () => {
  server = await runtime({ TWILIO_AUTH_TOKEN: AUTH_TOKEN, WEBHOOK_DEADLINE_MS: 300 });
  backends = await fakeBackends();
  await publish(server.url, retargeted('appointment-reminder', 'reminder-slow', { 'https://praxis-weber.example.de/api': `${backends.url}/praxis` }));
});
afterAll(async () => {
  await server.stop();
  await backends.close();
});

const newCall = (to = 'sip:multilingual-menu@voice.example.net', from = '+4930123456789', extra: { Direction?: string } = {}) =>
  new TwilioCall(server.url, `CA${String(++calls).padStart(32, 'f')}`, { From: from, To: to, ...extra });
const recordOf = async (call: TwilioCall) => (await server.deps.engine.get(call.sid))!;
const incoming = { CallSid: 'CA-forged', From: '+4930123456789', To: 'sip:multilingual-menu@voice.example.net' };

describe('request signatures', () => {
  it('refuses a request with a wrong or missing X-Twilio-Signature with 403, saying why', async () => {
    const url = `${server.url}/twilio/voice`;
    const forged = await signedPost(url, incoming, { signature: twilio.getExpectedTwilioSignature('another-accounts-token', url, incoming) });
    expect(forged.status).toBe(403);
    expect(JSON.parse(forged.text).error).toMatchObject({ code: 'signature.invalid', message: expect.stringContaining('X-Twilio-Signature') });
    const unsigned = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(incoming).toString() });
    expect(unsigned.status).toBe(403);
    expect(await server.deps.engine.get('CA-forged')).toBeUndefined();
  });

  it('refuses a signed callback whose parameters were changed on the way', async () => {
    const call = newCall();
    await call.start();
    const action = call.find('Gather').attrs.action!;
    const tampered = await signedPost(action, { CallSid: call.sid, Digits: '3' }, { signature: twilio.getExpectedTwilioSignature(AUTH_TOKEN, action, { CallSid: call.sid, Digits: '2' }) });
    expect(tampered.status).toBe(403);
    expect((await recordOf(call)).visits).toEqual(['start', 'languageMenu']);
  });

  it('checks the signature against PUBLIC_URL and names it in every callback', async () => {
    const publicUrl = 'https://ivr.example.com/callflow';
    const behindProxy = await runtime({ TWILIO_AUTH_TOKEN: AUTH_TOKEN, PUBLIC_URL: publicUrl });
    try {
      const call = new TwilioCall(behindProxy.url, 'CA-proxied', { From: '+4930123456789', To: 'sip:multilingual-menu@voice.example.net' }, publicUrl);
      await call.start();
      expect(call.find('Gather').attrs.action).toBe(`${publicUrl}/twilio/calls/CA-proxied/gather?step=1`);
      await call.press('3');
      expect(call.find('Say').attrs.language).toBe('en-US');
      const signedForLocal = await signedPost(`${behindProxy.url}/twilio/voice`, { ...incoming, CallSid: 'CA-local' });
      expect(signedForLocal.status).toBe(403);
    } finally {
      await behindProxy.stop();
    }
  });

  it('takes unsigned requests when no auth token is configured', async () => {
    const open = await runtime();
    try {
      const answer = await fetch(`${open.url}/twilio/voice`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(incoming).toString() });
      expect(answer.status).toBe(200);
      expect(parseXml(await answer.text()).name).toBe('Response');
    } finally {
      await open.stop();
    }
  });
});

describe('deliveries', () => {
  it('answers a retried delivery with the same TwiML and handles its event once', async () => {
    const call = newCall();
    await call.start();
    const action = call.find('Gather').attrs.action!;
    await call.post(action, { Digits: '2' });
    const first = call.raw;
    await call.post(action, { Digits: '2' });
    expect(call.raw).toBe(first);
    const record = await recordOf(call);
    expect(record.visits).toEqual(['start', 'languageMenu', 'useFrench', 'mainMenu']);
    expect(record.trace.filter((e) => e.kind === 'event' && e.data.type === 'digits')).toHaveLength(1);
  });

  it('recognises a retry by Twilio\'s I-Twilio-Idempotency-Token', async () => {
    const call = newCall();
    await call.start();
    const action = call.find('Gather').attrs.action!;
    const token = { 'I-Twilio-Idempotency-Token': 'retry-token-1' };
    await call.post(action, { Digits: '3' }, token);
    const first = call.raw;
    await call.post(`${action}&delivery=2`, { Digits: '3' }, token);
    expect(call.raw).toBe(first);
    expect((await recordOf(call)).visits.filter((v) => v === 'useEnglish')).toHaveLength(1);
  });

  it('repeats the question, prompt and all, when a callback arrives that does not fit', async () => {
    const call = newCall();
    await call.start();
    const menu = call.raw;
    const gatherAction = call.find('Gather').attrs.action!;
    await call.post(gatherAction.replace('/gather?', '/dial?'), { DialCallStatus: 'completed' });
    // The same menu, prompt inside the Gather, with callbacks for the next step.
    expect(call.raw).toBe(menu.replaceAll('step=1', 'step=2'));
    expect((await recordOf(call)).visits).toEqual(['start', 'languageMenu']);
    await call.press('1');
    expect((await recordOf(call)).visits).toEqual(['start', 'languageMenu', 'useGerman', 'mainMenu']);
  });

  it('refuses callback parameters Twilio never sends with 400', async () => {
    const call = newCall();
    await call.start();
    const action = call.find('Gather').attrs.action!;
    const letters = await signedPost(action, { CallSid: call.sid, Digits: '12ab' });
    expect(letters.status).toBe(400);
    expect(JSON.parse(letters.text).error.message).toContain('digits');
    const dial = action.replace('/gather?', '/dial?');
    expect((await signedPost(dial, { CallSid: call.sid, DialCallStatus: 'exploded' })).status).toBe(400);
    expect((await signedPost(action.replace('/gather?', '/teleport?'), { CallSid: call.sid })).status).toBe(404);
    // A call id names the session's file: one that could not is refused, not a crash.
    expect((await signedPost(`${server.url}/twilio/voice`, { ...incoming, CallSid: 'é'.repeat(150) })).status).toBe(400);
  });
});

describe('calls that do not go anywhere', () => {
  it('apologises and hangs up when no scenario answers the number', async () => {
    const call = newCall('+491111111111');
    await call.start();
    expect(call.verbs).toEqual(['Say', 'Hangup']);
    expect(call.spoken[0]).toMatch(/^Sorry/);
    expect(await server.deps.engine.get(call.sid)).toBeUndefined();
    const unknownScenario = newCall('+491111111111');
    await unknownScenario.start('?scenario=no-such-scenario');
    expect(unknownScenario.verbs).toEqual(['Say', 'Hangup']);
  });

  it('ends the session once on the status callback, and hangs up on anything that comes later', async () => {
    const call = newCall();
    await call.start();
    const action = call.find('Gather').attrs.action!;
    for (let i = 0; i < 2; i++) {
      const status = await signedPost(`${server.url}/twilio/status`, { CallSid: call.sid, CallStatus: 'completed' });
      expect(status.status).toBe(204);
    }
    const record = await recordOf(call);
    expect(record.status).toBe('ended');
    expect(record.trace.filter((e) => e.kind === 'event' && e.data.type === 'hangup')).toHaveLength(1);
    await call.post(action, { Digits: '1' });
    expect(call.verbs).toEqual(['Hangup']);
    expect((await signedPost(`${server.url}/twilio/status`, { CallSid: 'CA-never-seen', CallStatus: 'busy' })).status).toBe(204);
  });

  it('says goodbye to a callback for a call it does not know', async () => {
    const call = newCall();
    await call.post(`${server.url}/twilio/calls/${call.sid}/gather?step=1`, { Digits: '1' });
    expect(call.verbs).toEqual(['Say', 'Hangup']);
  });
});

describe('a slow back end', () => {
  it('holds the caller with the hold prompt, then goes on when Twilio follows the redirect', async () => {
    backends.rescheduleDelayMs = 1_200;
    const call = newCall('+4917012345678', '+498001234567', { Direction: 'outbound-api' });
    await call.start('?scenario=reminder-slow&vars.patientName=Frau%20Schneider&vars.appointmentDate=Dienstag&vars.appointmentId=A-100');
    await call.press('2');
    const action = call.find('Gather').attrs.action!;
    const started = Date.now();
    await call.press('03122026');
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(call.verbs).toEqual(['Say', 'Redirect']);
    expect(call.spoken).toEqual(['Einen Moment bitte, ich sehe im Kalender nach.']);
    const hold = call.raw;
    const resume = textOf(call.find('Redirect'));
    expect(resume).toContain('/resume?');

    await call.post(action, { Digits: '03122026' });
    expect(call.raw).toBe(hold);

    await call.post(resume);
    expect(call.spoken).toEqual([
      'Vielen Dank. Ihr neuer Termin ist am Donnerstag, den 3. Dezember, um 10 Uhr. Sie erhalten gleich eine SMS zur Bestätigung.',
      'Auf Wiederhören und einen schönen Tag.',
    ]);
    expect(call.verbs).toEqual(['Say', 'Say', 'Hangup']);
    const rest = call.raw;
    await call.post(resume);
    expect(call.raw).toBe(rest);
    expect((await recordOf(call)).visits.slice(-5)).toEqual(['reschedule', 'rescheduled', 'smsRescheduled', 'tagRescheduled', 'goodbye']);
  });

  it('hands out the rest when Twilio comes back only after the back end has answered', async () => {
    backends.rescheduleDelayMs = 400;
    const call = newCall('+4917012345678', '+498001234567', { Direction: 'outbound-api' });
    await call.start('?scenario=reminder-slow&vars.appointmentId=A-101');
    await call.press('2');
    await call.press('01122026');
    expect(call.verbs).toEqual(['Say', 'Redirect']);
    // The hold prompt takes a while to speak; meanwhile the calendar answers.
    await new Promise((resolve) => setTimeout(resolve, 600));
    await call.redirect();
    expect(call.verbs).toEqual(['Say', 'Say', 'Hangup']);
    expect((await recordOf(call)).visits.at(-1)).toBe('goodbye');
  });
});
