import { afterEach, describe, expect, it } from 'vitest';
import { compiled } from '../../dsl/test/build';
import { simulate } from '../../dsl/interpret';
import { botControllers } from './controllers';
import { fakeServer, sendJson, type FakeServer } from './testing';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const robot = (url: string, on: Record<string, string> = { sales: 'sales', fallback: 'lost', error: 'broken' }) =>
  compiled(
    {
      robot: {
        kind: 'bot',
        controller: { type: 'webhook', url, timeout: 0.5, tokenEnv: 'SHOP_BOT_TOKEN' },
        maxTurns: 3,
        intents: [{ name: 'sales', exit: true, slots: ['product'], utterances: {} }],
        slots: [{ name: 'product', type: 'custom', values: [{ value: 'phone' }], prompt: { 'en-US': 'Which product?' } }],
        on,
      },
      sales: { kind: 'hangup', reason: 'sales' },
      lost: { kind: 'hangup', reason: 'fallback' },
      broken: { kind: 'hangup', reason: 'error' },
    },
    { variables: { product: { type: 'string', default: '' }, orderId: { type: 'string', default: '' } } },
  );

const providers = () => ({ classify: botControllers({ env: { SHOP_BOT_TOKEN: 's3cret' } }) });

describe('webhook bot controller against a real HTTP server', () => {
  it('posts the utterance with its context and follows replies, variables and exit', async () => {
    const answers = [{ replies: ['Which phone?'] }, { replies: ['Connecting you.'], vars: { product: 'phone', orderId: 'O-9' }, exit: 'sales' }];
    server = await fakeServer((_request, response) => sendJson(response, answers.shift()));
    const run = await simulate(robot(`${server.url}/turn`), ['speech:I want to buy something', 'speech:the new one'], { caller: '+4930111', providers: providers() });
    expect(run.endReason).toBe('sales');
    expect(run.vars).toEqual({ product: 'phone', orderId: 'O-9' });
    expect(run.transcript.filter((l) => l.startsWith('< say'))).toEqual(['< say "Which phone?" [en-US]', '< say "Connecting you." [en-US]']);
    const [first, second] = server.received;
    expect(first).toMatchObject({ method: 'POST', url: '/turn', headers: { authorization: 'Bearer s3cret', 'content-type': 'application/json' } });
    expect(first!.body).toEqual({
      sessionId: expect.any(String),
      nodeId: 'robot',
      channel: 'voice',
      caller: '+4930111',
      locale: 'en-US',
      text: 'I want to buy something',
      turn: 1,
      vars: { product: '', orderId: '' },
      intents: [{ name: 'sales', exit: true, slots: ['product'] }],
    });
    expect(second!.body).toMatchObject({ text: 'the new one', turn: 2, sessionId: (first!.body as { sessionId: string }).sessionId });
  });

  it('takes the error port when the webhook does not answer in time', async () => {
    server = await fakeServer(() => {});
    const run = await simulate(robot(server.url), ['speech:hello'], { providers: providers() });
    expect(run.endReason).toBe('error');
    expect(run.transcript).toContain('~ error: webhook controller: no answer within 0.5s');
  });

  it.each([
    ['a body that is not JSON', (r: Parameters<typeof sendJson>[0]) => sendJson(r, '<html>oops</html>'), /not JSON/],
    ['a reply that does not fit the contract', (r: Parameters<typeof sendJson>[0]) => sendJson(r, { replies: 'hi', exit: 42 }), /does not fit the contract: replies/],
    ['an error status', (r: Parameters<typeof sendJson>[0]) => sendJson(r, { error: 'down' }, 503), /answered 503/],
  ])('takes the error path on %s, without crashing', async (_what, answer, note) => {
    server = await fakeServer((_request, response) => answer(response));
    const run = await simulate(robot(server.url), ['speech:hello'], { providers: providers() });
    expect(run.error).toBeUndefined();
    expect(run.endReason).toBe('error');
    expect(run.transcript.find((l) => l.startsWith('~ error'))).toMatch(note);
  });

  it('leaves by fallback when the error port is not connected', async () => {
    server = await fakeServer((_request, response) => sendJson(response, 'nope'));
    const run = await simulate(robot(server.url, { sales: 'sales', fallback: 'lost' }), ['speech:hello'], { providers: providers() });
    expect(run.endReason).toBe('fallback');
  });

  it('hands over when the webhook exits by handoff', async () => {
    server = await fakeServer((_request, response) => sendJson(response, { exit: 'handoff', replies: ['One moment.'] }));
    const run = await simulate(robot(server.url, { sales: 'sales', fallback: 'lost', handoff: 'broken' }), ['speech:human please'], { providers: providers() });
    expect(run.path.at(-1)).toBe('broken');
    expect(run.transcript).toContain('< say "One moment." [en-US]');
  });
});
