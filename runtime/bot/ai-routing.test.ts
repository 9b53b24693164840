import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, runtime } from '../../test/support/server';

/** examples/ai-routing.json through a started runtime: free speech to teams, slots, and the menu when unsure. */
let server: Awaited<ReturnType<typeof runtime>>;
beforeAll(async () => {
  server = await runtime();
});
afterAll(() => server.stop());

type Command = { type: string; text?: string; expect?: string; whisper?: { text: string } };

async function call(events: Record<string, unknown>[], locale = 'en-US') {
  const first = await postJson(`${server.url}/api/calls`, { scenarioId: 'ai-routing', locale });
  expect(first.status).toBe(201);
  const commands: Command[] = [...first.body.commands];
  for (const event of events) {
    const reply = await postJson(`${server.url}/api/calls/${first.body.sessionId}/events`, event);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    commands.push(...reply.body.commands);
  }
  const record = (await server.deps.engine.get(first.body.sessionId))!;
  return { commands, visits: record.visits };
}
const speech = (text: string) => ({ type: 'speech', text });

describe('AI routing example', () => {
  it('routes a claim to the claims team once it knows the product and the policy number', async () => {
    const { commands, visits } = await call([speech('somebody drove into my car yesterday'), { type: 'digits', digits: '12345678#' }]);
    expect(commands.filter((c) => c.type === 'say').map((c) => c.text)).toEqual([
      'Welcome to Alpina Insurance. Please tell me briefly what your call is about.',
      'Please tell me your policy number, or type it followed by the hash key.',
    ]);
    expect(visits).toEqual(['start', 'router', 'claimsQueue']);
    expect(commands.find((c) => c.type === 'enqueue')?.whisper?.text).toBe('Claim about car, policy number 12345678.');
  });

  it('routes German sales and billing requests to their teams', async () => {
    const sales = await call([speech('ich hätte gern ein Angebot für eine Reiseversicherung')], 'de-DE');
    expect(sales.visits).toEqual(['start', 'router', 'salesQueue']);
    const billing = await call([speech('warum ist mein Beitrag so hoch')], 'de-DE');
    expect(billing.visits).toEqual(['start', 'router', 'billingQueue']);
  });

  it('asks for the product when the sentence does not name it', async () => {
    const { commands, visits } = await call([speech("I'd like a quote for a new policy"), speech('for my flat')]);
    expect(commands.some((c) => c.type === 'gather' && c.expect === 'custom')).toBe(true);
    expect(visits).toEqual(['start', 'router', 'salesQueue']);
  });

  it('hands over to customer service on request', async () => {
    const { visits } = await call([speech('can I speak to someone please')]);
    expect(visits).toEqual(['start', 'router', 'handoffNotice', 'serviceQueue']);
  });

  it('offers the keypad menu when it is not confident, and the menu still reaches a team', async () => {
    const { visits } = await call([speech('hmm'), speech('well you know'), speech('the thing'), { type: 'digits', digits: '3' }]);
    expect(visits).toEqual(['start', 'router', 'teamMenu', 'billingQueue']);
  });
});
