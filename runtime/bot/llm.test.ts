import { afterEach, describe, expect, it } from 'vitest';
import { simulate } from '../../dsl/interpret';
import { compiled } from '../../dsl/test/build';
import { botControllers } from './controllers';
import { fakeServer, sendJson, type FakeServer } from './testing';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const robot = (baseUrl: string, on: Record<string, string> = { claims: 'claims', billing: 'billing', fallback: 'lost', error: 'broken' }) =>
  compiled(
    {
      robot: {
        kind: 'bot',
        controller: { type: 'llm', baseUrl, model: 'local-7b', systemPrompt: 'You are the router of Alpina Insurance.', knowledge: 'Claims: 24/7.', timeout: 0.5 },
        maxTurns: 4,
        intents: [
          { name: 'claims', exit: true, slots: ['product', 'policy'], utterances: { 'en-US': ['I had an accident'] } },
          { name: 'billing', exit: true, utterances: {} },
        ],
        slots: [
          { name: 'product', type: 'custom', values: [{ value: 'car' }, { value: 'home' }], prompt: { 'en-US': 'Car or home?' } },
          { name: 'policy', type: 'number', prompt: { 'en-US': 'Policy number?' } },
        ],
        on,
      },
      claims: { kind: 'hangup', reason: 'claims' },
      billing: { kind: 'hangup', reason: 'billing' },
      lost: { kind: 'hangup', reason: 'fallback' },
      broken: { kind: 'hangup', reason: 'error' },
    },
    { variables: { product: { type: 'string', default: '' }, policy: { type: 'number', default: 0 } } },
  );

const completion = (message: Record<string, unknown>) => ({
  id: 'chatcmpl-1',
  object: 'chat.completion',
  model: 'local-7b',
  choices: [{ index: 0, message: { role: 'assistant', content: null, ...message }, finish_reason: message.tool_calls ? 'tool_calls' : 'stop' }],
  usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
});
const toolCall = (name: string, args: Record<string, unknown>) => ({
  tool_calls: [{ id: 'call_1', type: 'function', function: { name, arguments: JSON.stringify(args) } }],
});
const providers = () => ({ classify: botControllers({ env: { LLM_API_KEY: 'sk-test' } }) });

describe('OpenAI-compatible bot controller against a real chat-completions server', () => {
  it('offers the exits as tools, continues on plain text, and leaves by the tool the model calls', async () => {
    const answers = [completion({ content: 'I am sorry to hear that. Was it your car or your home?' }), completion(toolCall('claims', { product: 'car', policy: 4711 }))];
    server = await fakeServer((_request, response) => sendJson(response, answers.shift()));
    const run = await simulate(robot(`${server.url}/v1/`), ['speech:something bad happened', 'speech:my car was hit'], { providers: providers() });
    expect(run.endReason).toBe('claims');
    expect(run.vars).toEqual({ product: 'car', policy: 4711 });
    expect(run.transcript).toContain('< say "I am sorry to hear that. Was it your car or your home?" [en-US]');

    const [first, second] = server.received as { url: string; headers: Record<string, string>; body: Record<string, unknown> }[];
    expect(first).toMatchObject({ url: '/v1/chat/completions', headers: { authorization: 'Bearer sk-test' } });
    expect(first!.body).toMatchObject({ model: 'local-7b', tool_choice: 'auto' });
    const tools = first!.body.tools as { function: { name: string; parameters: { properties: Record<string, unknown> } } }[];
    expect(tools.map((t) => t.function.name)).toEqual(['claims', 'billing', 'handoff']);
    expect(tools[0]!.function.parameters.properties).toEqual({ product: { type: 'string', enum: ['car', 'home'] }, policy: { type: 'number' } });
    const messages = second!.body.messages as { role: string; content: string }[];
    expect(messages[0]).toMatchObject({ role: 'system', content: expect.stringContaining('Alpina Insurance') });
    expect(messages[0]!.content).toContain('Claims: 24/7.');
    expect(messages.slice(1)).toEqual([
      { role: 'user', content: 'something bad happened' },
      { role: 'assistant', content: 'I am sorry to hear that. Was it your car or your home?' },
      { role: 'user', content: 'my car was hit' },
    ]);
  });

  it('hands over when the model calls the handoff tool', async () => {
    server = await fakeServer((_request, response) => sendJson(response, completion(toolCall('handoff', {}))));
    const run = await simulate(robot(server.url, { claims: 'claims', billing: 'billing', fallback: 'lost', handoff: 'billing' }), ['speech:agent!'], { providers: providers() });
    expect(run.path.at(-1)).toBe('billing');
  });

  it('takes the error port when the model is too slow', async () => {
    server = await fakeServer(() => {});
    const run = await simulate(robot(server.url), ['speech:hello'], { providers: providers() });
    expect(run.endReason).toBe('error');
    expect(run.transcript).toContain('~ error: llm controller: no answer within 0.5s');
  });

  it.each([
    ['no choices', { id: 'x', choices: [] }, /not a chat completion/],
    ['neither text nor tool call', completion({ content: '   ' }), /neither text nor a tool call/],
    ['a body that is not JSON', 'data: [DONE]', /not JSON/],
  ])('takes the error path on a completion with %s, without crashing', async (_what, body, note) => {
    server = await fakeServer((_request, response) => sendJson(response, body));
    const run = await simulate(robot(server.url), ['speech:hello'], { providers: providers() });
    expect(run.error).toBeUndefined();
    expect(run.endReason).toBe('error');
    expect(run.transcript.find((l) => l.startsWith('~ error'))).toMatch(note);
  });

  it('counts a tool the node does not have as not understood, and a broken argument list as none', async () => {
    const answers = [completion(toolCall('sales', {})), completion({ tool_calls: [{ type: 'function', function: { name: 'billing', arguments: '{oops' } }] })];
    server = await fakeServer((_request, response) => sendJson(response, answers.shift()));
    const run = await simulate(robot(server.url), ['speech:buy', 'speech:my bill'], { providers: providers() });
    expect(run.transcript.some((l) => l.includes("unknown intent 'sales'"))).toBe(true);
    expect(run.endReason).toBe('billing');
  });
});
