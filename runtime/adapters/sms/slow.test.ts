import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, runtime } from '../../../test/support/server';

/** An SMS scenario whose first step asks a CRM that answers after 600 ms. */
function slowCrmScenario(crmUrl: string) {
  const say = (text: string) => ({ 'en-US': text });
  return {
    dsl: 2,
    id: 'sms-slow-crm',
    name: 'SMS with a slow CRM',
    locales: ['en-US'],
    channels: ['sms'],
    start: 'start',
    nodes: {
      start: { kind: 'start', on: { sms: 'lookup' } },
      lookup: { kind: 'http', url: crmUrl, timeout: 5, holdPrompt: say('One moment, I am looking up your plan.'), on: { success: 'offer', error: 'offer', timeout: 'offer' } },
      offer: {
        kind: 'menu',
        prompt: say('Your plan can be upgraded. Upgrade now?'),
        options: [
          { port: 'yes', dtmf: '1', label: say('Yes, upgrade') },
          { port: 'no', dtmf: '2', label: say('No, thanks') },
        ],
        timeout: 300,
        retries: 0,
        on: { yes: 'bye', no: 'bye', noInput: 'bye', noMatch: 'bye' },
      },
      bye: { kind: 'hangup', prompt: say('Thank you, goodbye.'), reason: 'done' },
    },
  };
}

describe('an SMS conversation whose CRM is slower than the webhook deadline', () => {
  let server: Awaited<ReturnType<typeof runtime>>;
  let crm: Server;

  beforeAll(async () => {
    crm = createServer((_request, response) => setTimeout(() => response.end('{"plan":"basic"}'), 600));
    await new Promise<void>((resolve) => crm.listen(0, '127.0.0.1', resolve));
    server = await runtime({ WEBHOOK_DEADLINE_MS: 200 });
    const scenario = slowCrmScenario(`http://127.0.0.1:${(crm.address() as AddressInfo).port}/plan`);
    const { result } = await server.deps.scenarios.create(scenario);
    expect(result.ok).toBe(true);
    await server.deps.scenarios.publish(scenario.id, 'test');
    await server.deps.scenarios.bind({ kind: 'sms', address: '+4930555', scenarioId: scenario.id, revision: null });
  });
  afterAll(async () => {
    await server.stop();
    await new Promise((resolve) => crm.close(resolve));
  });

  const sms = (text: string, id: string) => postJson(`${server.url}/sms/webhook`, { from: '+491709999', to: '+4930555', text, id });

  it('answers with the hold prompt, sends the rest with the next reply without reading that message as the answer', async () => {
    const first = await sms('hi', 'slow-1');
    expect(first.body.messages).toEqual([{ text: 'One moment, I am looking up your plan.' }]);
    await new Promise((resolve) => setTimeout(resolve, 800));

    const second = await sms('still there?', 'slow-2');
    expect(second.body.messages).toEqual([{ text: 'Your plan can be upgraded. Upgrade now?' }, { text: '1 – Yes, upgrade\n2 – No, thanks' }]);
    const third = await sms('1', 'slow-3');
    expect(third.body).toMatchObject({ ended: true, messages: [{ text: 'Thank you, goodbye.' }] });

    const record = await server.deps.engine.get(first.body.sessionId);
    expect(record!.visits).toEqual(['start', 'lookup', 'offer', 'bye']);
    expect(record!.trace.filter((e) => e.kind === 'event' && e.data.type === 'text').map((e) => e.data.text)).toEqual(['yes']);
  });
});
