import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runtime } from '../../../test/support/server';
import { fakeBackends, publish, retargeted, type FakeBackends } from './testing/backends';
import { AUTH_TOKEN, TwilioCall } from './testing/call';
import { elements, textOf } from './testing/xml';

/**
 * Whole calls through the Twilio webhooks, one or more per example with a voice channel,
 * with every request signed like Twilio signs it. Each test states the path the session took.
 */
let server: Awaited<ReturnType<typeof runtime>>;
let backends: FakeBackends;
let calls = 0;

beforeAll(async () => {
  server = await runtime({ TWILIO_AUTH_TOKEN: AUTH_TOKEN });
  backends = await fakeBackends();
  await publish(server.url, retargeted('identify-customer', 'identify-local', { 'https://core.example.com/api/ivr': `${backends.url}/core` }));
  const bank = retargeted('bank-hotline', 'bank-local', { 'https://crm.example.com/api': `${backends.url}/crm` });
  (bank.nodes.identifyCustomer as { scenario: string }).scenario = 'identify-local';
  await publish(server.url, bank);
  await publish(server.url, retargeted('bank-hotline', 'bank-crm-down', { 'https://crm.example.com/api': `${backends.url}/crm-down` }));
});
afterAll(async () => {
  await server.stop();
  await backends.close();
});
afterEach(() => vi.useRealTimers());

const newCall = (to: string, from = '+4930123456789', extra: { Direction?: string } = {}) =>
  new TwilioCall(server.url, `CA${String(++calls).padStart(32, '0')}`, { From: from, To: to, ...extra });
const visits = async (call: TwilioCall) => (await server.deps.engine.get(call.sid))?.visits;
const events = async (call: TwilioCall) => (await server.deps.engine.get(call.sid))?.trace.filter((e) => e.kind === 'event').map((e) => e.data);
/** Business hours are read from the clock; only Date is faked, timers stay real. */
const at = (time: string) => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(time));
};
const MONDAY_10 = '2026-11-23T10:00:00+01:00';

describe('multilingual menu', () => {
  it('speaks French after the choice, retries when the line is busy, then reaches the switchboard', async () => {
    const call = newCall('sip:multilingual-menu@voice.example.net');
    await call.start();
    expect(call.verbs).toEqual(['Gather', 'Redirect']);
    expect(call.find('Gather').attrs).toMatchObject({ input: 'dtmf speech', numDigits: '1', timeout: '5', language: 'de-DE' });
    expect(call.find('Say').attrs.language).toBe('de-DE');

    await call.press('2');
    expect(call.find('Gather').attrs.language).toBe('fr-FR');
    expect(call.find('Gather').attrs.hints).toContain('facture');

    await call.speak('facture');
    expect(call.verbs).toEqual(['Say', 'Dial']);
    expect(call.find('Dial').attrs).toMatchObject({ timeout: '30', callerId: '+4930123456789' });
    expect(textOf(call.find('Sip'))).toBe('sip:facturation@pbx.moselle-energie.example');
    const whisper = await call.peek(call.find('Sip').attrs.url!);
    expect(elements(whisper).map(textOf)).toEqual(['Question de facturation en français.']);

    await call.dialed('busy');
    expect(call.spoken[0]).toMatch(/^Toutes nos lignes sont occupées/);
    await call.press('0');
    expect(textOf(call.find('Number'))).toBe('+35280020000');
    await call.dialed('completed');
    expect(call.verbs).toEqual(['Hangup']);
    expect(await visits(call)).toEqual(['start', 'languageMenu', 'useFrench', 'mainMenu', 'billingTeam', 'allLinesBusy', 'mainMenu', 'switchboard', 'endAfterTransfer']);
  });
});

describe('bank hotline', () => {
  it('identifies a premium customer through the subflow and reads the balance', async () => {
    at(MONDAY_10);
    const call = newCall('bank-local');
    await call.start('?scenario=bank-local');
    await call.press('1');
    expect(call.spoken).toContain('Einen Moment bitte, wir rufen Ihre Daten ab.');
    await call.press('1');
    expect(call.find('Gather').attrs).toMatchObject({ numDigits: '10', finishOnKey: '#' });
    await call.press('1234567890');
    expect(call.find('Gather').attrs).toMatchObject({ input: 'dtmf', numDigits: '4' });
    await call.press('4711');
    expect(call.spoken).toContain('Ihr aktueller Kontostand beträgt 1234,56 Euro.');
    await call.press('2');
    expect(call.verbs).toEqual(['Say', 'Hangup']);
    expect(await visits(call)).toEqual([
      'start', 'businessHours', 'welcome', 'languageMenu', 'useGerman', 'crmLookup', 'mainMenu', 'alreadyVerified',
      'identifyCustomer', 'identifyCustomer~askAccountNumber', 'identifyCustomer~askPin', 'identifyCustomer~verify',
      'identifyCustomer~checkResult', 'identifyCustomer~confirmed', 'identifyCustomer~returnDone', 'sayBalance',
      'anythingElse', 'goodbye',
    ]);
    expect(backends.requests).toContain('POST /core/verify');
  });

  it('whispers to the card desk, and queues premium callers with music and their position when it is busy', async () => {
    at(MONDAY_10);
    const call = newCall('bank-local');
    await call.start('?scenario=bank-local');
    await call.press('1');
    await call.speak('ich möchte meine Karte sperren');
    expect(textOf(call.find('Number'))).toBe('+496912345670');
    const whisper = await call.peek(call.find('Number').attrs.url!);
    expect(elements(whisper).map(textOf)).toEqual(['Kartensperrung. Anrufer Anna Schmidt, Segment premium.']);

    await call.dialed('no-answer');
    const enqueue = call.find('Enqueue');
    expect(textOf(enqueue)).toBe('privatkunden');
    const wait = await call.peek(enqueue.attrs.waitUrl!, { QueuePosition: '3', AvgQueueTime: '240', QueueTime: '0', CurrentQueueSize: '3' });
    expect(elements(wait).map((e) => e.name)).toEqual(['Say', 'Play']);
    expect(textOf(elements(wait)[0]!)).toBe('Sie sind an Position 3. Die voraussichtliche Wartezeit beträgt etwa 4 Minuten.');
    expect(textOf(elements(wait)[1]!)).toBe(`${server.url}/audio/nordstern-wartemusik.wav`);

    await call.dequeued('bridged', { QueueTime: '95' });
    expect(call.verbs).toEqual(['Hangup']);
    expect((await visits(call))!.slice(6)).toEqual(['mainMenu', 'cardDesk', 'cardDeskBusy', 'routeBySegment', 'premiumQueue', 'endAfterAgent']);
  });

  it('sends callers to the advisor queue when the CRM is down, then takes a message', async () => {
    at(MONDAY_10);
    const call = newCall('bank-crm-down');
    await call.start('?scenario=bank-crm-down');
    await call.press('2');
    expect(call.spoken).toEqual(['One moment please while we retrieve your details.', 'Our self-service is unavailable at the moment. We are connecting you directly to an advisor.']);
    expect(call.verbs).toEqual(['Say', 'Say', 'Enqueue']);
    const waited = await call.peek(call.find('Enqueue').attrs.waitUrl!, { QueuePosition: '1', QueueTime: '600', CurrentQueueSize: '1' });
    expect(elements(waited).map((e) => e.name)).toEqual(['Leave']);
    await call.dequeued('leave');
    expect(call.verbs).toEqual(['Say', 'Record', 'Redirect']);
    expect(call.find('Record').attrs).toMatchObject({ maxLength: '90', playBeep: 'true', transcribe: 'true' });
    await call.recorded({ RecordingUrl: 'https://api.twilio.com/recordings/RE1', RecordingDuration: '14' });
    expect(call.verbs).toEqual(['Say', 'Hangup']);
    expect(await visits(call)).toEqual(['start', 'businessHours', 'welcome', 'languageMenu', 'useEnglish', 'crmLookup', 'crmUnavailable', 'advisorQueue', 'queueMailbox', 'goodbye']);
    expect(await events(call)).toContainEqual({ type: 'recordingDone', url: 'https://api.twilio.com/recordings/RE1', duration: 14 });
  });

  it('takes messages after hours, also when the caller records nothing', async () => {
    at('2026-11-22T22:00:00+01:00');
    const call = newCall('sip:bank-hotline@voice.example.net');
    await call.start();
    expect(call.verbs).toEqual(['Say', 'Record', 'Redirect']);
    // An empty recording does not call the Record action: Twilio follows the Redirect after it.
    await call.redirect();
    expect(call.verbs).toEqual(['Say', 'Hangup']);
    expect(await visits(call)).toEqual(['start', 'businessHours', 'afterHoursMailbox', 'goodbye']);
  });
});

describe('appointment reminder (outbound)', () => {
  const vars = '&vars.patientName=Frau%20Schneider&vars.appointmentDate=Dienstag%2C%20den%2014.%20April&vars.appointmentId=A-100';

  it('starts by the outbound trigger with the variables from the webhook URL, and leaves a message when nobody answers', async () => {
    const call = newCall('+4917012345678', '+498001234567', { Direction: 'outbound-api' });
    await call.start(`?scenario=appointment-reminder${vars}`);
    expect(call.spoken[0]).toBe('Guten Tag, hier ist die automatische Terminerinnerung der Praxis Dr. Weber. Diese Nachricht ist für Frau Schneider.');
    expect(call.find('Gather').attrs).toMatchObject({ input: 'dtmf speech', language: 'de-DE', timeout: '6' });
    await call.silence();
    expect(call.spoken[0]).toBe('Ich habe Sie leider nicht gehört.');
    await call.silence();
    expect(call.verbs).toEqual(['Say', 'Hangup']);
    expect((await visits(call))!.slice(-3)).toEqual(['leaveMessage', 'tagNoAnswer', 'hangupAfterMessage']);
    const record = await server.deps.engine.get(call.sid);
    expect(record).toMatchObject({ trigger: 'outbound', caller: { number: '+4917012345678' }, called: { number: '+498001234567' } });
  });

  it('keeps the SMS confirmation in the trace, as it is no voice verb', async () => {
    const copy = retargeted('appointment-reminder', 'reminder-local', { 'https://praxis-weber.example.de/api': `${backends.url}/praxis` });
    await publish(server.url, copy);
    const call = newCall('+4917012345678', '+498001234567', { Direction: 'outbound-api' });
    await call.start(`?scenario=reminder-local${vars}&vars.mobileNumber=%2B4917012345678`);
    await call.speak('ja');
    expect(call.verbs).toEqual(['Say', 'Say', 'Hangup']);
    expect(call.raw).not.toContain('Ihr Termin am');
    const record = await server.deps.engine.get(call.sid);
    expect(record!.trace).toContainEqual(expect.objectContaining({ kind: 'command', data: expect.objectContaining({ type: 'message', channel: 'sms', to: '+4917012345678' }) }));
    expect(record!.visits).toContain('smsConfirmed');
  });
});

describe('caller screening', () => {
  it('turns blocked numbers away', async () => {
    const call = newCall('sip:caller-screening@voice.example.net', '+4990012345');
    await call.start();
    expect(call.verbs).toEqual(['Say', 'Hangup']);
    expect(await visits(call)).toEqual(['start', 'blocklist', 'blockedNotice', 'hangupBlocked']);
  });

  it('puts VIPs through to key accounts, without recording when they object', async () => {
    const call = newCall('sip:caller-screening@voice.example.net', '+492219876543');
    await call.start();
    expect(call.find('Gather').attrs).toMatchObject({ input: 'dtmf', numDigits: '1', timeout: '5' });
    await call.press('9');
    expect(call.raw).not.toContain('<Start>');
    expect(textOf(call.find('Sip'))).toBe('sip:keyaccount@pbx.stadtwerke-rheinau.example');
    await call.dialed('answered');
    expect(await visits(call)).toEqual(['start', 'blocklist', 'vipList', 'markVip', 'callerCountry', 'welcome', 'recordingConsent', 'recordingDeclined', 'vipOrNot', 'keyAccountTeam', 'endAfterAgent']);
  });

  it('records other callers after the notice, and stops recording when the queue is full', async () => {
    const call = newCall('sip:caller-screening@voice.example.net', '+442071234567');
    await call.start();
    await call.silence();
    expect(call.verbs).toEqual(['Start', 'Enqueue']);
    expect(elements(call.find('Start')).map((e) => e.name)).toEqual(['Recording']);
    const wait = await call.peek(call.find('Enqueue').attrs.waitUrl!, { QueuePosition: '31', QueueTime: '0', CurrentQueueSize: '31' });
    expect(elements(wait).map((e) => e.name)).toEqual(['Leave']);
    await call.dequeued('leave');
    expect(call.verbs).toEqual(['Stop', 'Say', 'Record', 'Redirect']);
    expect(elements(call.find('Stop'))[0]).toMatchObject({ name: 'Recording', attrs: { name: call.find('Recording').attrs.name } });
    await call.recorded({ RecordingUrl: 'https://api.twilio.com/recordings/RE2', RecordingDuration: '20' });
    expect(call.verbs).toEqual(['Say', 'Hangup']);
    expect(await events(call)).toContainEqual({ type: 'queueResult', result: 'full' });
    expect((await visits(call))!.slice(-4)).toEqual(['serviceQueue', 'stopRecording', 'callbackMailbox', 'goodbye']);
  });
});

describe('voice robot', () => {
  it('understands a German caller asking about the bill and queues them for billing', async () => {
    const call = newCall('sip:voice-robot@voice.example.net');
    await call.start();
    await call.press('1');
    expect(call.find('Gather').attrs).toMatchObject({ input: 'speech', language: 'de-DE', speechTimeout: 'auto' });
    expect(call.find('Gather').attrs.hints).toBeTruthy();
    await call.speak('ich habe eine Frage zu meiner Rechnung');
    expect(call.verbs).toEqual(['Say', 'Enqueue']);
    await call.dequeued('bridged');
    expect(call.verbs).toEqual(['Hangup']);
    expect(await visits(call)).toEqual(['start', 'languageMenu', 'useGerman', 'assistant', 'billingIntro', 'tagBilling', 'billingQueue', 'endAfterAgent']);
  });
});

describe('identify customer (on its own)', () => {
  it('runs a subflow-only scenario when the webhook URL names it and its trigger', async () => {
    const call = newCall('+498009999999');
    await call.start('?scenario=identify-local&trigger=subflow');
    await call.press('1234567890');
    await call.press('4711');
    expect(call.spoken).toEqual(['Einen Moment, ich prüfe Ihre Angaben.', 'Vielen Dank, Sie sind identifiziert.']);
    expect(call.verbs).toEqual(['Say', 'Say', 'Hangup']);
    expect(await visits(call)).toEqual(['start', 'askAccountNumber', 'askPin', 'verify', 'checkResult', 'confirmed', 'returnDone']);
  });
});
