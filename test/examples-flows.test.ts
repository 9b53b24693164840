import { describe, expect, it } from 'vitest';
import { simulate, type SimulateOptions } from '../dsl/interpret';
import { compileExample } from './support/examples';

/**
 * A scripted call through every example, from start to hangup. Each test states the path it
 * expects; the transcript snapshot beside it pins every command and event on the way.
 */
async function call(example: string, script: string[], options: SimulateOptions = {}) {
  const run = await simulate(compileExample(example), script, options);
  expect(run.error).toBeUndefined();
  expect(run.ended).toBe(true);
  expect(run.transcript).toMatchSnapshot();
  return run;
}

const MONDAY_10 = '2026-11-23T10:00:00+01:00';
const crmPremium = { status: 200, body: { displayName: 'Anna Schmidt', segment: 'premium', accounts: [{ balance: 1234.56 }] } };

describe('bank hotline', () => {
  it('identifies a premium customer through the subflow and reads the balance', async () => {
    const run = await call('bank-hotline', ['1', '1', '1234567890#', '4711', '2'], {
      now: MONDAY_10,
      http: { crmLookup: crmPremium, verify: { status: 200, body: { verified: true, customerId: 'K-77' } } },
    });
    expect(run.path).toEqual([
      'start', 'businessHours', 'welcome', 'languageMenu', 'useGerman', 'crmLookup', 'mainMenu', 'alreadyVerified',
      'identifyCustomer', 'identifyCustomer~askAccountNumber', 'identifyCustomer~askPin', 'identifyCustomer~verify',
      'identifyCustomer~checkResult', 'identifyCustomer~confirmed', 'identifyCustomer~returnDone', 'sayBalance',
      'anythingElse', 'goodbye',
    ]);
    expect(run.vars).toMatchObject({ verified: true, customerId: 'K-77', segment: 'premium' });
  });

  it('sends English callers to the advisor queue when the CRM is slow, then to voicemail', async () => {
    const run = await call('bank-hotline', ['2', 'queue:timeout', 'recording'], { now: MONDAY_10, http: { crmLookup: 'timeout' } });
    expect(run.path).toEqual(['start', 'businessHours', 'welcome', 'languageMenu', 'useEnglish', 'crmLookup', 'crmUnavailable', 'advisorQueue', 'queueMailbox', 'goodbye']);
  });

  it('tries the card desk and queues premium callers with priority when it is busy', async () => {
    const run = await call('bank-hotline', ['1', 'speech:ich möchte meine Karte sperren', 'transfer:busy', 'queue:answered'], {
      now: MONDAY_10,
      http: { crmLookup: crmPremium },
    });
    expect(run.path.slice(6)).toEqual(['mainMenu', 'cardDesk', 'cardDeskBusy', 'routeBySegment', 'premiumQueue', 'endAfterAgent']);
  });

  it('takes messages after hours and announces holidays', async () => {
    const sunday = await call('bank-hotline', ['recording'], { now: '2026-11-22T22:00:00+01:00' });
    expect(sunday.path).toEqual(['start', 'businessHours', 'afterHoursMailbox', 'goodbye']);
    const christmas = await call('bank-hotline', ['recording'], { now: '2026-12-25T10:00:00+01:00' });
    expect(christmas.path).toEqual(['start', 'businessHours', 'holidayNotice', 'afterHoursMailbox', 'goodbye']);
  });
});

describe('identify customer (run on its own)', () => {
  it('gives up after the allowed number of failed checks', async () => {
    const wrong = { status: 200, body: { verified: false } };
    const run = await call('identify-customer', ['1111111#', '1111', '2222222#', '2222', '3333333#', '3333'], { trigger: 'subflow', http: { verify: wrong } });
    expect(run.path.filter((id) => id === 'verify')).toHaveLength(3);
    expect(run.path.slice(-2)).toEqual(['giveUp', 'returnError']);
    expect(run.endReason).toBe('returned error');
  });
});

describe('appointment reminder', () => {
  const patient = {
    trigger: 'outbound' as const,
    vars: { patientName: 'Frau Schneider', appointmentDate: 'Dienstag, den 14. April, um 9:30 Uhr', appointmentId: 'A-100', mobileNumber: '+4917012345678' },
  };

  it('confirms the appointment and sends an SMS', async () => {
    const run = await call('appointment-reminder', ['speech:ja'], { ...patient, http: { confirmAppointment: { status: 204 } } });
    expect(run.path).toEqual(['start', 'greeting', 'confirmAttendance', 'attendingOrNot', 'confirmAppointment', 'confirmed', 'smsConfirmed', 'tagConfirmed', 'goodbye']);
    expect(run.transcript.some((l) => l.startsWith('< message sms to +4917012345678'))).toBe(true);
  });

  it('reschedules to the date the patient types on the keypad', async () => {
    const run = await call('appointment-reminder', ['2', '03122026'], {
      ...patient,
      http: { reschedule: { status: 200, body: { slot: { spoken: 'Donnerstag, den 3. Dezember, um 10 Uhr' } } } },
    });
    expect(run.vars).toMatchObject({ attending: false, preferredDate: '2026-12-03', newSlot: 'Donnerstag, den 3. Dezember, um 10 Uhr' });
    expect(run.path).toContain('rescheduled');
  });

  it('leaves a message when nobody answers the question', async () => {
    const run = await call('appointment-reminder', ['noInput', 'noInput'], patient);
    expect(run.path.slice(-3)).toEqual(['leaveMessage', 'tagNoAnswer', 'hangupAfterMessage']);
  });
});

describe('support chatbot', () => {
  it('solves an internet problem in chat with buttons', async () => {
    const run = await call('support-chatbot', ['text:Internet', 'text:yes'], { channel: 'chat' });
    expect(run.path).toEqual(['start', 'greeting', 'topicMenu', 'quickFix', 'didItHelp', 'tagResolved', 'thanksBye']);
  });

  it('collects an e-mail and hands over to an agent by SMS too', async () => {
    const run = await call('support-chatbot', ['text:4', 'text:not-an-email', 'text:anna@example.org', 'queue:answered'], { channel: 'sms' });
    expect(run.path).toEqual(['start', 'greeting', 'topicMenu', 'tagAgentRequest', 'askEmail', 'chatQueue', 'agentDone']);
    expect(run.vars).toEqual({ email: 'anna@example.org' });
  });
});

describe('multilingual menu', () => {
  it('speaks French after the choice, retries when the line is busy, then reaches the switchboard', async () => {
    const run = await call('multilingual-menu', ['2', 'speech:facture', 'transfer:busy', '0', 'transfer:answered']);
    expect(run.path).toEqual(['start', 'languageMenu', 'useFrench', 'mainMenu', 'billingTeam', 'allLinesBusy', 'mainMenu', 'switchboard', 'endAfterTransfer']);
    expect(run.transcript.filter((l) => l.startsWith('< say')).slice(1).every((l) => l.endsWith('[fr-FR]'))).toBe(true);
  });
});

describe('caller screening', () => {
  it('turns blocked numbers away', async () => {
    const run = await call('caller-screening', [], { caller: '+4990012345' });
    expect(run.path).toEqual(['start', 'blocklist', 'blockedNotice', 'hangupBlocked']);
  });

  it('puts VIPs through to key accounts, without recording when they object', async () => {
    const run = await call('caller-screening', ['9', 'transfer:answered'], { caller: '+492219876543' });
    expect(run.path).toEqual(['start', 'blocklist', 'vipList', 'markVip', 'callerCountry', 'welcome', 'recordingConsent', 'recordingDeclined', 'vipOrNot', 'keyAccountTeam', 'endAfterAgent']);
    expect(run.transcript).not.toContain('< startRecording');
  });

  it('records other callers after the notice, in English for foreign numbers', async () => {
    const run = await call('caller-screening', ['noInput', 'queue:timeout', 'recording'], { caller: '+442071234567' });
    expect(run.path).toContain('useEnglish');
    expect(run.transcript).toContain('< startRecording');
    expect(run.path.slice(-4)).toEqual(['serviceQueue', 'stopRecording', 'callbackMailbox', 'goodbye']);
  });
});

describe('voice robot', () => {
  it('understands a German caller asking about the bill', async () => {
    const run = await call('voice-robot', ['1', 'speech:ich habe eine Frage zu meiner Rechnung', 'queue:answered']);
    expect(run.path).toEqual(['start', 'languageMenu', 'useGerman', 'assistant', 'billingIntro', 'tagBilling', 'billingQueue', 'endAfterAgent']);
    expect(run.vars).toEqual({ intent: 'billing' });
  });

  it('answers opening hours in chat, then routes a cancellation to the retention team', async () => {
    const run = await call('voice-robot', ['text:English', 'text:when are you open?', 'text:I want to cancel my contract', 'transfer:answered'], { channel: 'chat' });
    expect(run.path).toEqual(['start', 'chatLanguage', 'useEnglish', 'assistant', 'cancelIntro', 'tagCancel', 'retentionTeam', 'endAfterAgent']);
  });

  it('falls back to a key menu when it does not understand', async () => {
    const run = await call('voice-robot', ['2', 'speech:purple elephants', 'noInput', 'speech:banana bread', 'speech:quantum', 'noInput', 'speech:hm', '2', 'queue:timeout']);
    expect(run.path).toContain('fallbackMenu');
    expect(run.path.slice(-3)).toEqual(['tagTechnical', 'technicalQueue', 'allBusy']);
  });
});
