import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../../../test/support/examples';
import { postJson, runtime } from '../../../test/support/server';
import { ChatClient } from './testing';

/** The support chatbot with a queue that gives up after one second, on its own chat channel and SMS number. */
async function impatientSupport(server: Awaited<ReturnType<typeof runtime>>) {
  const scenario = JSON.parse(await readFile(join(EXAMPLES_DIR, 'support-chatbot.json'), 'utf8'));
  scenario.id = 'support-impatient';
  scenario.nodes.chatQueue.maxWait = 1;
  const { result } = await server.deps.scenarios.create(scenario);
  expect(result.ok).toBe(true);
  await server.deps.scenarios.publish(scenario.id, 'one-second queue');
  await server.deps.scenarios.bind({ kind: 'chat', address: 'impatient', scenarioId: scenario.id, revision: null });
  await server.deps.scenarios.bind({ kind: 'sms', address: '+4930777', scenarioId: scenario.id, revision: null });
}

describe('text channels and the ACD', () => {
  let server: Awaited<ReturnType<typeof runtime>>;
  beforeAll(async () => {
    server = await runtime();
    await impatientSupport(server);
  });
  afterAll(async () => {
    await server.stop();
  });

  it('tells the chat visitor their place in line, then reports the queue timeout so the ticket follows', async () => {
    const client = await ChatClient.connect(server.url, 'impatient');
    client.send({ type: 'start' });
    const { sessionId } = await client.next('session');
    await client.next('input');
    client.send({ type: 'choice', value: 'agent' });
    await client.next('input');
    client.send({ type: 'text', text: 'erin@example.com' });
    await client.next('handoff');
    expect((await client.next('message')).text).toMatch(/^Thanks! You're number 1 in line, about \d+ minutes\./);

    const end = await client.until((f) => f.type === 'ended', 4000);
    expect(client.messages(end)[0]).toMatch(/^All our agents are busy right now/);
    expect(end.at(-1)).toEqual({ type: 'ended', reason: 'ticket' });
    expect((await server.deps.engine.get(sessionId))!.visits.slice(-4)).toEqual(['chatQueue', 'ticketMessage', 'tagTicket', 'ticketBye']);
    await client.close();
  });

  it('sends the SMS sender their place in line with the handoff, and the ticket with their next message', async () => {
    const sms = (text: string, id: string) => postJson(`${server.url}/sms/webhook`, { from: '+491705555', to: '+4930777', text, id });
    await sms('hi', 'q-1');
    await sms('4', 'q-2');
    const handoff = await sms('finn@example.com', 'q-3');
    expect(handoff.body.messages.map((m: { text: string }) => m.text)).toEqual([
      expect.stringMatching(/handing you over/),
      expect.stringMatching(/^Thanks! You're number 1 in line/),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await server.deps.engine.get(handoff.body.sessionId))!.endReason).toBe('ticket');
    const next = await sms('hello again', 'q-4');
    expect(next.body.messages[0].text).toMatch(/^All our agents are busy right now/);
    expect(next.body.sessionId).not.toBe(handoff.body.sessionId);
  });
});
