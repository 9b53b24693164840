import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, runtime } from '../../../test/support/server';

let server: Awaited<ReturnType<typeof runtime>>;

beforeAll(async () => {
  server = await runtime();
});
afterAll(async () => {
  await server.stop();
});

let sid = 0;
/** Posts like Twilio does: a form with From, To, Body, MessageSid and more. */
async function text(from: string, body: string, options: { to?: string; messageSid?: string } = {}): Promise<{ status: number; body: string; sid: string }> {
  const messageSid = options.messageSid ?? `SM${String(++sid).padStart(32, '0')}`;
  const form = new URLSearchParams({ AccountSid: 'AC123', From: from, To: options.to ?? 'support-chatbot', Body: body, MessageSid: messageSid, NumMedia: '0' });
  const response = await fetch(`${server.url}/sms/webhook`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form });
  return { status: response.status, body: await response.text(), sid: messageSid };
}

/** The texts of the single <Message> to the sender, unescaped. */
function messageOf(twiml: string): string {
  expect(twiml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><Response>/);
  const match = /<Message>([\s\S]*?)<\/Message>/.exec(twiml);
  return (match?.[1] ?? '').replaceAll('&apos;', "'").replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

async function sessionOf(from: string, to = 'support-chatbot') {
  const list = await server.deps.storage.sessions.list({});
  const mine = list.filter((s) => s.caller.number === from && s.called.number === to).sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  return server.deps.engine.get(mine.at(-1)!.id);
}

describe('SMS conversations with the support chatbot', () => {
  it('greets with the topics as a numbered list, takes "2" as billing and hands over after the email', async () => {
    const from = '+491701000001';
    const first = await text(from, 'Hi');
    expect(first.status).toBe(200);
    const greeting = messageOf(first.body);
    expect(greeting).toMatch(/^Hi there! I'm the Lumen Fibre assistant/);
    expect(greeting).toContain('1 – Internet or Wi-Fi problem\n2 – Billing question\n3 – Moving house\n4 – Talk to a person');

    expect(messageOf((await text(from, '2')).body)).toMatch(/what's the email address you registered with us\?$/);
    expect(messageOf((await text(from, 'bob@example.com')).body)).toMatch(/handing you over to a colleague/);
    expect(messageOf((await text(from, 'are you there?')).body)).toMatch(/handing you over to a colleague/);

    const record = await sessionOf(from);
    expect(record).toMatchObject({ channel: 'sms', trigger: 'sms', status: 'active', waitingFor: 'queue', source: { adapter: 'sms' } });
    expect(record!.visits).toEqual(['start', 'greeting', 'topicMenu', 'tagBilling', 'askEmail', 'chatQueue']);
  });

  it('starts a new session with the next message once the conversation has ended', async () => {
    const from = '+491701000002';
    await text(from, 'hello');
    const moving = messageOf((await text(from, '3')).body);
    expect(moving).toMatch(/^You can take your broadband with you/);
    expect(moving).toContain('1 – Yes, something else\n2 – No, that\'s all');
    expect(messageOf((await text(from, '2')).body)).toBe('Great, glad I could help! Have a lovely day.');
    const ended = await sessionOf(from);
    expect(ended!.visits).toEqual(['start', 'greeting', 'topicMenu', 'movingLink', 'anythingElse', 'tagSelfService', 'thanksBye']);
    expect(ended!.status).toBe('ended');

    expect(messageOf((await text(from, 'one more thing')).body)).toMatch(/^Hi there!/);
    const next = await sessionOf(from);
    expect(next!.id).not.toBe(ended!.id);
    expect(next!.visits).toEqual(['start', 'greeting', 'topicMenu']);
  });

  it('keeps conversations of different senders apart', async () => {
    await text('+491701000003', 'hi');
    await text('+491701000004', 'hi');
    await text('+491701000003', '3');
    expect((await sessionOf('+491701000003'))!.visits.at(-1)).toBe('anythingElse');
    expect((await sessionOf('+491701000004'))!.visits.at(-1)).toBe('topicMenu');
  });

  it('handles a repeated MessageSid once and answers it the same way', async () => {
    const from = '+491701000005';
    await text(from, 'hi');
    const first = await text(from, '3');
    const before = (await sessionOf(from))!;
    const again = await text(from, '3', { messageSid: first.sid });
    expect(again.body).toBe(first.body);
    const after = (await sessionOf(from))!;
    expect(after.visits).toEqual(before.visits);
    expect(after.steps).toBe(before.steps);
  });

  it('answers a JSON post with JSON', async () => {
    const first = await postJson(`${server.url}/sms/webhook`, { from: '+491701000006', to: 'support-chatbot', text: 'hi', id: 'm-1' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ ended: false, sessionId: expect.any(String) });
    expect(first.body.messages).toHaveLength(3);
    expect(first.body.messages[2]).toEqual({ text: expect.stringMatching(/^1 – Internet or Wi-Fi problem\n/) });
    const choice = await postJson(`${server.url}/sms/webhook`, { from: '+491701000006', to: 'support-chatbot', text: 'billing', id: 'm-2' });
    expect(choice.body.messages).toEqual([{ text: expect.stringMatching(/email address/) }]);
    const repeat = await postJson(`${server.url}/sms/webhook`, { from: '+491701000006', to: 'support-chatbot', text: 'billing', id: 'm-2' });
    expect(repeat.body).toEqual(choice.body);
  });

  it('sends what an agent result produced along with the next reply', async () => {
    const from = '+491701000007';
    await text(from, 'hi');
    await text(from, '4');
    await text(from, 'carla@example.com');
    const { id } = (await sessionOf(from))!;
    expect((await postJson(`${server.url}/api/calls/${id}/events`, { type: 'queueResult', result: 'timeout' })).status).toBe(200);
    const next = messageOf((await text(from, 'hello?')).body);
    expect(next).toMatch(new RegExp(`^All our agents are busy right now, so I've opened a ticket for you \\(reference ${id}\\)`));
    expect(next).toContain('Hi there!');
  });
});

describe('SMS requests the webhook refuses', () => {
  it('names what is wrong with a post', async () => {
    const noSender = await fetch(`${server.url}/sms/webhook`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'To=support-chatbot&Body=hi' });
    expect(noSender.status).toBe(400);
    expect((await noSender.json()).error.message).toMatch(/^From:/);
    expect((await postJson(`${server.url}/sms/webhook`, { from: '+49170', text: 'hi' })).status).toBe(400);
    const broken = await fetch(`${server.url}/sms/webhook`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"from":' });
    expect(broken.status).toBe(400);
    const plain = await fetch(`${server.url}/sms/webhook`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hi' });
    expect(plain.status).toBe(415);
  });

  it('answers 404 for a number no scenario is bound to', async () => {
    const response = await text('+491701000008', 'hi', { to: '+4930000000' });
    expect(response.status).toBe(404);
    expect(JSON.parse(response.body).error.message).toContain("sms '+4930000000'");
  });
});

describe('SMS with a Twilio auth token configured', () => {
  const token = 'sms-test-token';
  let signed: Awaited<ReturnType<typeof runtime>>;
  beforeAll(async () => {
    signed = await runtime({ TWILIO_AUTH_TOKEN: token });
  });
  afterAll(async () => {
    await signed.stop();
  });

  it('accepts a request signed by Twilio and refuses one with a wrong signature with 403', async () => {
    const url = `${signed.url}/sms/webhook`;
    const params = { From: '+491701000009', To: 'support-chatbot', Body: 'hi', MessageSid: 'SMsigned1' };
    const post = (signature: string) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature }, body: new URLSearchParams(params) });
    expect((await post(twilio.getExpectedTwilioSignature(token, url, params))).status).toBe(200);
    const forged = await post(twilio.getExpectedTwilioSignature('another-token', url, params));
    expect(forged.status).toBe(403);
    expect((await forged.json()).error.code).toBe('signature.invalid');
  });
});
