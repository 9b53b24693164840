import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, runtime } from '../../../test/support/server';
import { ChatClient } from './testing';

let server: Awaited<ReturnType<typeof runtime>>;
const clients: ChatClient[] = [];

beforeAll(async () => {
  server = await runtime();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await server.stop();
});

async function visitor(channel: string, session?: string): Promise<ChatClient> {
  const client = await ChatClient.connect(server.url, channel, session);
  clients.push(client);
  return client;
}

async function started(channel: string): Promise<{ client: ChatClient; sessionId: string }> {
  const client = await visitor(channel);
  client.send({ type: 'start', locale: 'en-US' });
  const { sessionId } = await client.next('session');
  return { client, sessionId };
}

const visits = async (id: string) => (await server.deps.engine.get(id))!.visits;

describe('web chat with the support chatbot', () => {
  it('greets, offers the topics as buttons and solves a connection problem by self-help', async () => {
    const { client, sessionId } = await started('support-chatbot');
    const opening = await client.until((f) => f.type === 'input');
    expect(client.messages(opening)[0]).toMatch(/^Hi there! I'm the Lumen Fibre assistant/);
    const choices = opening.find((f) => f.type === 'choices');
    expect(choices).toEqual({
      type: 'choices',
      choices: [
        { value: 'internet', label: 'Internet or Wi-Fi problem' },
        { value: 'billing', label: 'Billing question' },
        { value: 'moving', label: 'Moving house' },
        { value: 'agent', label: 'Talk to a person' },
      ],
    });
    expect(opening.at(-1)).toEqual({ type: 'input', expect: 'choice', timeoutSeconds: 300 });

    client.send({ type: 'choice', value: 'internet' });
    const tip = await client.until((f) => f.type === 'input');
    expect(tip[0]).toEqual({ type: 'typing' });
    expect(client.messages(tip)).toEqual([expect.stringMatching(/^Let's try the fix/), 'Is your connection working again?']);
    client.send({ type: 'text', text: 'yes, it works' });
    const end = await client.until((f) => f.type === 'ended');
    expect(client.messages(end)).toEqual(['Great, glad I could help! Have a lovely day.']);
    expect(end.at(-1)).toEqual({ type: 'ended', reason: 'completed' });
    expect(await visits(sessionId)).toEqual(['start', 'greeting', 'topicMenu', 'quickFix', 'didItHelp', 'tagResolved', 'thanksBye']);
    const record = await server.deps.engine.get(sessionId);
    expect(record).toMatchObject({ channel: 'chat', trigger: 'chat', source: { adapter: 'chat' }, called: { number: 'support-chatbot' } });
  });

  it('hands over to the chat queue and shows the ticket when the agent console reports a timeout', async () => {
    const { client, sessionId } = await started('support-chatbot');
    await client.next('input');
    client.send({ type: 'choice', value: 'billing' });
    expect((await client.next('input')).expect).toBe('email');
    client.send({ type: 'text', text: 'bob@example.com' });
    expect(await client.next('handoff')).toEqual({ type: 'handoff', queue: 'web-chat', text: expect.stringMatching(/handing you over/) });

    client.send({ type: 'text', text: 'hello? anyone?' });
    expect(await client.next('error')).toMatchObject({ code: 'handoff.waiting' });

    const result = await postJson(`${server.url}/api/chat/${sessionId}/agent-result`, { type: 'queueResult', result: 'timeout' });
    expect(result.status).toBe(200);
    const end = await client.until((f) => f.type === 'ended');
    expect(client.messages(end)).toEqual([expect.stringContaining(`reference ${sessionId}`), 'Thanks for your patience. You can close this chat now.']);
    expect(end.at(-1)).toEqual({ type: 'ended', reason: 'ticket' });
    expect(await visits(sessionId)).toEqual(['start', 'greeting', 'topicMenu', 'tagBilling', 'askEmail', 'chatQueue', 'ticketMessage', 'tagTicket', 'ticketBye']);
  });

  it('resumes the same conversation after a page reload, with its history and buttons', async () => {
    const { client, sessionId } = await started('support-chatbot');
    await client.next('input');
    client.send({ type: 'choice', value: 'moving' });
    await client.next('input');
    await client.close();

    const reloaded = await visitor('support-chatbot', sessionId);
    reloaded.send({ type: 'start' });
    expect(await reloaded.next('session')).toEqual({ type: 'session', sessionId, resumed: true });
    const history = await reloaded.next('history');
    expect(history.entries.map((e) => e.from)).toEqual(['bot', 'bot', 'user', 'bot', 'bot']);
    expect(history.entries[2]).toEqual({ from: 'user', text: 'Moving house' });
    const state = await reloaded.until((f) => f.type === 'input');
    expect(state.find((f) => f.type === 'choices')).toMatchObject({ choices: [{ value: 'yes' }, { value: 'no' }] });

    reloaded.send({ type: 'choice', value: 'no' });
    expect(await reloaded.next('ended')).toEqual({ type: 'ended', reason: 'completed' });
    expect(await visits(sessionId)).toEqual(['start', 'greeting', 'topicMenu', 'movingLink', 'anythingElse', 'tagSelfService', 'thanksBye']);
  });

  it('starts a new conversation when the session to resume has ended or never existed', async () => {
    const client = await visitor('support-chatbot', 'no-such-session');
    client.send({ type: 'start' });
    const session = await client.next('session');
    expect(session.resumed).toBe(false);
    expect(session.sessionId).not.toBe('no-such-session');
  });

  it('ends the conversation when the visitor closes it', async () => {
    const { client, sessionId } = await started('support-chatbot');
    await client.next('input');
    client.send({ type: 'end' });
    expect((await client.next('ended')).type).toBe('ended');
    expect((await client.closedWith()).code).toBe(1000);
    expect((await server.deps.engine.get(sessionId))!.status).toBe('ended');
  });
});

describe('web chat with the voice robot', () => {
  it('offers the languages as buttons, understands a billing question and ends when the agent answered', async () => {
    const { client, sessionId } = await started('voice-robot');
    const opening = await client.until((f) => f.type === 'input');
    expect(opening.find((f) => f.type === 'choices')).toEqual({
      type: 'choices',
      choices: [
        { value: 'german', label: 'Deutsch' },
        { value: 'english', label: 'English' },
      ],
    });
    client.send({ type: 'choice', value: 'english' });
    const greeting = await client.until((f) => f.type === 'input');
    expect(client.messages(greeting)).toEqual([expect.stringMatching(/^Hi, I'm Mia/)]);
    expect(greeting.at(-1)).toEqual({ type: 'input', expect: 'intent', timeoutSeconds: 120 });

    client.send({ type: 'text', text: 'I have a question about my bill' });
    const handoff = await client.until((f) => f.type === 'handoff');
    expect(client.messages(handoff)).toEqual(["Got it, it's about your bill. I'm passing you to our billing team."]);
    expect(handoff.at(-1)).toMatchObject({ queue: 'rechnung' });

    expect((await postJson(`${server.url}/api/chat/${sessionId}/agent-result`, { type: 'queueResult', result: 'answered' })).status).toBe(200);
    expect(await client.next('ended')).toEqual({ type: 'ended', reason: 'agent' });
    expect(await visits(sessionId)).toEqual(['start', 'chatLanguage', 'useEnglish', 'assistant', 'billingIntro', 'tagBilling', 'billingQueue', 'endAfterAgent']);
  });

  it('speaks German to a visitor whose browser asks for de', async () => {
    const client = await visitor('voice-robot');
    client.send({ type: 'start', locale: 'de' });
    await client.next('input');
    client.send({ type: 'choice', value: 'german' });
    const greeting = await client.until((f) => f.type === 'input');
    expect(greeting.find((f) => f.type === 'message')).toMatchObject({ locale: 'de-DE', text: expect.stringMatching(/^Hallo, ich bin Mia/) });
  });
});

describe('agent results', () => {
  it('refuses sessions that are not web chats and events that do not fit', async () => {
    expect((await postJson(`${server.url}/api/chat/nope/agent-result`, { type: 'queueResult', result: 'answered' })).status).toBe(404);
    const { client, sessionId } = await started('support-chatbot');
    await client.next('input');
    const early = await postJson(`${server.url}/api/chat/${sessionId}/agent-result`, { type: 'queueResult', result: 'answered' });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('event.unexpected');
    expect((await postJson(`${server.url}/api/chat/${sessionId}/agent-result`, { type: 'queueResult', result: 'maybe' })).status).toBe(400);
  });
});
