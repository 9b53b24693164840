import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, runtime } from '../../../test/support/server';

let server: Awaited<ReturnType<typeof runtime>>;
beforeAll(async () => {
  // A Monday morning in Berlin, so the bank is open.
  server = await runtime({}, { now: () => new Date('2026-11-23T10:00:00+01:00') });
});
afterAll(() => server.stop());

/** Starts a call over HTTP and answers each command batch with the next scripted event. */
async function call(start: Record<string, unknown>, events: Record<string, unknown>[]) {
  const first = await postJson(`${server.url}/api/calls`, { from: '+4930123456789', to: '+498001234567', ...start });
  expect(first.status).toBe(201);
  const replies = [first.body];
  for (const event of events) {
    const reply = await postJson(`${server.url}/api/calls/${first.body.sessionId}/events`, event);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    replies.push(reply.body);
  }
  const record = await server.deps.engine.get(first.body.sessionId);
  return { replies, last: replies.at(-1), visits: record!.visits, record: record! };
}

const digits = (d: string) => ({ type: 'digits', digits: d });

describe('native call control, one full call per example', () => {
  it('bank hotline: unreachable CRM leads straight to the advisor queue', async () => {
    const { visits, last } = await call({ binding: { kind: 'number', address: 'bank-hotline' } }, [digits('2'), { type: 'queueResult', result: 'answered' }]);
    expect(visits).toEqual(['start', 'businessHours', 'welcome', 'languageMenu', 'useEnglish', 'crmLookup', 'crmUnavailable', 'advisorQueue', 'endAfterAgent']);
    expect(last.ended).toBe(true);
  });

  it('appointment reminder: an outbound call with input variables', async () => {
    const { visits, replies } = await call(
      { scenarioId: 'appointment-reminder', trigger: 'outbound', vars: { patientName: 'Herr Braun', appointmentDate: 'Montag um 8 Uhr', appointmentId: 'A-1' } },
      [{ type: 'speech', text: 'ja' }],
    );
    expect(replies[0].commands[0]).toMatchObject({ type: 'say', text: expect.stringContaining('Herr Braun') });
    expect(visits).toEqual(['start', 'greeting', 'confirmAttendance', 'attendingOrNot', 'confirmAppointment', 'notSaved', 'tagFollowUp', 'goodbye']);
  });

  it('caller screening: a blocked number is turned away at once', async () => {
    const { replies, visits } = await call({ scenarioId: 'caller-screening', from: '+4990012345' }, []);
    expect(visits).toEqual(['start', 'blocklist', 'blockedNotice', 'hangupBlocked']);
    expect(replies[0].ended).toBe(true);
    expect(replies[0].commands.at(-1)).toMatchObject({ type: 'hangup' });
  });

  it('multilingual menu: French billing line', async () => {
    const { visits } = await call({ binding: { kind: 'number', address: 'multilingual-menu' } }, [digits('2'), digits('2'), { type: 'transferResult', result: 'answered' }]);
    expect(visits).toEqual(['start', 'languageMenu', 'useFrench', 'mainMenu', 'billingTeam', 'endAfterTransfer']);
  });

  it('support chatbot: the same engine serves a chat session', async () => {
    const { visits, replies } = await call({ binding: { kind: 'chat', address: 'support-chatbot' }, trigger: 'chat', channel: 'chat' }, [
      { type: 'text', text: 'Internet' },
      { type: 'text', text: 'yes' },
    ]);
    expect(replies[0].commands.find((c: { type: string }) => c.type === 'gather').modes).toEqual(['text']);
    expect(visits).toEqual(['start', 'greeting', 'topicMenu', 'quickFix', 'didItHelp', 'tagResolved', 'thanksBye']);
  });

  it('voice robot: a German caller is routed by intent', async () => {
    const { visits } = await call({ scenarioId: 'voice-robot' }, [digits('1'), { type: 'speech', text: 'meine Rechnung ist zu hoch' }, { type: 'queueResult', result: 'timeout' }]);
    expect(visits).toEqual(['start', 'languageMenu', 'useGerman', 'assistant', 'billingIntro', 'tagBilling', 'billingQueue', 'allBusy']);
  });

  it('identify customer: runs on its own through the subflow entry', async () => {
    const { visits } = await call({ scenarioId: 'identify-customer', trigger: 'subflow' }, [digits('1234567#'), digits('1234')]);
    expect(visits.slice(-2)).toEqual(['checkUnavailable', 'returnError']);
  });
});

describe('native call control, bad input', () => {
  it('answers an event that does not fit with 409 and says what the call waits for', async () => {
    const started = await postJson(`${server.url}/api/calls`, { scenarioId: 'multilingual-menu' });
    const wrong = await postJson(`${server.url}/api/calls/${started.body.sessionId}/events`, { type: 'queueResult', result: 'answered' });
    expect(wrong.status).toBe(409);
    expect(wrong.body.error.message).toMatch(/at node 'languageMenu' waiting for input/);
  });

  it('handles a retried delivery once and answers it the same', async () => {
    const started = await postJson(`${server.url}/api/calls`, { scenarioId: 'multilingual-menu' });
    const url = `${server.url}/api/calls/${started.body.sessionId}/events`;
    const first = await postJson(url, digits('9'), { 'idempotency-key': 'k1' });
    const again = await postJson(url, digits('9'), { 'idempotency-key': 'k1' });
    expect(again.body).toEqual(first.body);
    const record = await server.deps.engine.get(started.body.sessionId);
    expect(record!.trace.filter((t) => t.kind === 'event' && t.data.type === 'digits')).toHaveLength(1);
  });

  it('rejects unknown sessions, scenarios and malformed bodies with 4xx', async () => {
    expect((await postJson(`${server.url}/api/calls/nope/events`, digits('1'))).status).toBe(404);
    expect((await postJson(`${server.url}/api/calls`, { scenarioId: 'nope' })).status).toBe(404);
    expect((await postJson(`${server.url}/api/calls`, { from: '1' })).status).toBe(400);
    expect((await postJson(`${server.url}/api/calls/x/events`, { type: 'digits', digits: 'abc' })).status).toBe(400);
    const raw = await fetch(`${server.url}/api/calls`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"scenarioId":' });
    expect(raw.status).toBe(400);
  });

  it('refuses events for a session that has ended', async () => {
    const started = await postJson(`${server.url}/api/calls`, { scenarioId: 'caller-screening', from: '+4990012345' });
    const late = await postJson(`${server.url}/api/calls/${started.body.sessionId}/events`, digits('1'));
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('session.ended');
  });
});
