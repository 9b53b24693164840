import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runtime } from '../../../test/support/server';
import { drive } from './drive';
import { FakeJambonz, names, verbOf } from './fake-jambonz';

let server: Awaited<ReturnType<typeof runtime>>;
let jambonz: FakeJambonz;
beforeAll(async () => {
  // A Monday morning in Berlin: the bank is open.
  server = await runtime({}, { now: () => new Date('2026-11-23T10:00:00+01:00') });
  jambonz = new FakeJambonz(server.url);
});
afterAll(() => server.stop());

/** A whole call over the webhooks: the path taken and every answer (each validated on arrival). */
async function call(payload: Record<string, unknown>, script: string[], query = '') {
  const sid = jambonz.newCallSid();
  const answers = await drive(jambonz, await jambonz.call(sid, payload, query), script);
  const record = await server.deps.engine.get(sid);
  return { sid, answers, last: answers.at(-1)!, visits: record!.visits, record: record! };
}

describe('jambonz: one full call per voice example', () => {
  it('bank hotline: English caller, unreachable CRM, advisor queue with a position announcement', async () => {
    const sid = jambonz.newCallSid();
    const [menu, queued] = await drive(jambonz, await jambonz.call(sid, { to: 'bank-hotline' }), ['d:2']);
    expect(names(menu!)).toEqual(['say', 'gather']);
    expect(verbOf(menu!, 'gather')).toMatchObject({
      input: ['digits', 'speech'],
      numDigits: 1,
      timeout: 4,
      say: { text: expect.stringContaining('For English, please press 2'), synthesizer: { language: 'de-DE' } },
      recognizer: { language: 'de-DE', hints: expect.arrayContaining(['English']) },
      actionHook: `/jambonz/hook/${sid}/gather/1`,
    });
    expect(names(queued!)).toEqual(['config', 'say', 'say', 'enqueue']);
    expect(verbOf(queued!, 'enqueue')).toMatchObject({ name: 'privatkunden', priority: 989, waitHook: `/jambonz/wait/${sid}/2` });

    // jambonz keeps the line and counts from 0; the estimate is a flat 2 minutes per caller.
    const wait = await jambonz.hook(queued!, 'enqueue', { queue_position: 2, queue_size: 3, queue_time: 0 }, 'waitHook');
    expect(verbOf(wait, 'say').text).toBe('You are number 3 in the queue. The expected waiting time is about 6 minutes.');
    expect(verbOf(wait, 'play')).toMatchObject({ url: `${server.url}/audio/nordstern-wartemusik.wav`, loop: 'forever', timeoutSecs: 60 });

    const [, after] = await drive(jambonz, queued!, ['queue:bridged@95']);
    expect(names(after!)).toEqual(['hangup']);
    const record = await server.deps.engine.get(sid);
    expect(record!.visits).toEqual(['start', 'businessHours', 'welcome', 'languageMenu', 'useEnglish', 'crmLookup', 'crmUnavailable', 'advisorQueue', 'endAfterAgent']);
  });

  it('bank hotline: the queue gives up after maxWait and the caller leaves a transcribed message', async () => {
    const sid = jambonz.newCallSid();
    const [, queued] = await drive(jambonz, await jambonz.call(sid, { to: 'bank-hotline' }), ['d:1']);
    expect(await jambonz.hook(queued!, 'enqueue', { queue_position: 0, queue_size: 1, queue_time: 600 }, 'waitHook')).toEqual([{ verb: 'leave' }]);
    const [, mailbox] = await drive(jambonz, queued!, ['queue:leave@600']);
    expect(verbOf(mailbox!, 'listen')).toMatchObject({
      maxLength: 90,
      playBeep: true,
      metadata: { sessionId: sid, purpose: 'voicemail', mailbox: 'privatkunden-rueckruf' },
      transcribe: { transcriptionHook: `/jambonz/transcript/${sid}` },
    });
    // The transcription hook comes before the listen verb's action hook.
    expect(await jambonz.post(verbOf(mailbox!, 'listen').transcribe!.transcriptionHook, { speech: { alternatives: [{ transcript: 'Bitte um Rückruf' }] } })).toEqual([]);
    const [, goodbye] = await drive(jambonz, mailbox!, ['rec']);
    expect(names(goodbye!)).toEqual(['say', 'hangup']);
    const record = await server.deps.engine.get(sid);
    expect(record!.visits.slice(-3)).toEqual(['advisorQueue', 'queueMailbox', 'goodbye']);
    expect(record!.trace.find((t) => t.kind === 'event' && t.data.type === 'recordingDone')?.data).toEqual({ type: 'recordingDone', transcript: 'Bitte um Rückruf' });
    // The voicemail module files the message beside the call.
    await expect.poll(async () => (await (await fetch(`${server.url}/api/mailboxes/privatkunden-rueckruf/messages`)).json())).toContainEqual(
      expect.objectContaining({ sessionId: sid, transcript: 'Bitte um Rückruf', url: null }),
    );
  });

  it('multilingual menu: French billing by speech, whisper to the busy billing desk, then the switchboard', async () => {
    const sid = jambonz.newCallSid();
    const [, , transfer] = await drive(jambonz, await jambonz.call(sid, { to: 'multilingual-menu' }), ['d:2', 's:facture']);
    const billing = verbOf(transfer!, 'dial');
    expect(billing).toMatchObject({ target: [{ type: 'sip', sipUri: 'sip:facturation@pbx.moselle-energie.example' }], timeout: 30 });
    // jambonz runs the confirmHook's verbs for the answering party before bridging.
    const whisper = await jambonz.post(billing.confirmHook!, { call_sid: 'b-leg', parent_call_sid: sid });
    expect(whisper).toEqual([{ verb: 'say', text: 'Question de facturation en français.', synthesizer: { vendor: 'default', language: 'fr-FR' } }]);

    const [, , switchboard] = await drive(jambonz, transfer!, ['dial:busy', 'd:0', 'dial:completed']);
    expect(verbOf(switchboard!, 'dial')).toMatchObject({ target: [{ type: 'phone', number: '+35280020000' }] });
    expect(verbOf(switchboard!, 'dial').confirmHook).toBeUndefined();
    const record = await server.deps.engine.get(sid);
    expect(record!.visits).toEqual(['start', 'languageMenu', 'useFrench', 'mainMenu', 'billingTeam', 'allLinesBusy', 'mainMenu', 'switchboard', 'endAfterTransfer']);
  });

  it('caller screening: a blocked number hears the notice and is hung up in the first answer', async () => {
    const { answers, visits } = await call({ to: 'caller-screening', from: '+4990012345' }, []);
    expect(names(answers[0]!)).toEqual(['say', 'hangup']);
    expect(visits).toEqual(['start', 'blocklist', 'blockedNotice', 'hangupBlocked']);
  });

  it('caller screening: recording runs from consent to the queue and stops before the voicemail', async () => {
    const { answers, visits } = await call({ to: 'caller-screening', from: '+442071234567' }, ['timeout', 'queue:leave@480', 'rec']);
    expect(verbOf(answers[0]!, 'gather')).toMatchObject({ input: ['digits'], numDigits: 1, listenDuringPrompt: true });
    expect(answers[1]![0]).toMatchObject({ verb: 'config', listen: { enable: true, mixType: 'stereo' } });
    expect(answers[2]![0]).toEqual({ verb: 'config', listen: { enable: false } });
    expect(names(answers[2]!)).toEqual(['config', 'say', 'listen']);
    expect(visits.slice(-4)).toEqual(['serviceQueue', 'stopRecording', 'callbackMailbox', 'goodbye']);
  });

  it('caller screening: a VIP who objects to recording goes to key accounts', async () => {
    const { visits } = await call({ to: 'caller-screening', from: '+492219876543' }, ['d:9', 'dial:completed']);
    expect(visits).toEqual(['start', 'blocklist', 'vipList', 'markVip', 'callerCountry', 'welcome', 'recordingConsent', 'recordingDeclined', 'vipOrNot', 'keyAccountTeam', 'endAfterAgent']);
  });

  it('voice robot: a German caller is understood, tagged and queued for billing', async () => {
    const { answers, visits } = await call({ to: 'voice-robot' }, ['d:1', 's:ich habe eine Frage zu meiner Rechnung', 'queue:bridged@40']);
    expect(verbOf(answers[1]!, 'gather')).toMatchObject({ input: ['speech'], timeout: 10 });
    expect(names(answers[2]!)).toEqual(['say', 'tag', 'enqueue']);
    expect(verbOf(answers[2]!, 'tag').data).toEqual({ status: 'routed', tags: ['bot', 'billing'] });
    expect(visits).toEqual(['start', 'languageMenu', 'useGerman', 'assistant', 'billingIntro', 'tagBilling', 'billingQueue', 'endAfterAgent']);
  });

  it('appointment reminder: an outbound call takes its variables from the REST call\'s tag', async () => {
    const customerData = { patientName: 'Herr Braun', appointmentDate: 'Montag um 8 Uhr', appointmentId: 'A-1', mobileNumber: '+4917012345678' };
    const { answers, visits } = await call({ direction: 'outbound', from: '+49301234567', to: '+4917012345678', customerData }, ['s:ja'], '?scenario=appointment-reminder');
    expect(verbOf(answers[0]!, 'say').text).toContain('Herr Braun');
    expect(verbOf(answers[0]!, 'gather')).toMatchObject({ finishOnKey: '#', interDigitTimeout: 3 });
    expect(visits).toEqual(['start', 'greeting', 'confirmAttendance', 'attendingOrNot', 'confirmAppointment', 'notSaved', 'tagFollowUp', 'goodbye']);
  });

  it('identify customer: a scenario without a call entry hangs up at once', async () => {
    const { answers, record } = await call({ to: 'sip:identify-customer@10.0.0.1:5060' }, []);
    expect(names(answers[0]!)).toEqual(['hangup']);
    expect(record.status).not.toBe('active');
  });
});

describe('jambonz: routing a new call', () => {
  it('finds the binding by the user part of a SIP URI', async () => {
    const { visits } = await call({ to: 'sip:multilingual-menu@10.0.0.1:5060' }, []);
    expect(visits).toEqual(['start', 'languageMenu']);
  });

  it('falls back to ?scenario= when no binding matches', async () => {
    const { visits, record } = await call({ to: '+4989000000' }, [], '?scenario=voice-robot&utm_source=flyer');
    expect(visits).toEqual(['start', 'languageMenu']);
    expect(record.source).toEqual({ adapter: 'jambonz', utm: { source: 'flyer' } });
  });

  it('tells callers of unknown numbers it is not in service and hangs up, with 200', async () => {
    const sid = jambonz.newCallSid();
    const verbs = await jambonz.call(sid, { to: '+4900000000' }, '?scenario=no-such-scenario');
    expect(names(verbs)).toEqual(['say', 'hangup']);
    expect(await server.deps.engine.get(sid)).toBeUndefined();
  });
});

describe('jambonz: documentation', () => {
  it('lists its webhooks and their verb answers in the OpenAPI document', async () => {
    const doc = await (await fetch(`${server.url}/api/openapi.json`)).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/jambonz/call', '/jambonz/status', '/jambonz/hook/{sessionId}/{kind}/{step}', '/jambonz/wait/{sessionId}/{step}']));
    const answer = doc.paths['/jambonz/call'].post.responses['200'].content['application/json'].schema;
    expect(JSON.stringify(answer)).toContain('gather');
  });
});
