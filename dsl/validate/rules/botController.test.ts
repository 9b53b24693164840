import { describe, expect, it } from 'vitest';
import { bye, doc, found } from '../test-helpers';

const bot = (controller: unknown) => ({
  kind: 'bot',
  name: 'Remote',
  controller,
  intents: [{ name: 'done', exit: true, utterances: {} }],
  on: { done: 'bye', fallback: 'bye' },
});

describe('botController rule', () => {
  it('refuses a webhook URL that is not http(s)', () => {
    expect(found(doc({ bot: bot({ type: 'webhook', url: 'bot.example/turn' }), bye }), 'bot.controllerUrl')).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: ['nodes', 'bot', 'controller', 'url'],
        message: "Bot 'Remote': the webhook URL 'bot.example/turn' is not an http(s) URL",
      }),
    ]);
  });

  it('refuses an LLM base URL that is not http(s), and accepts a local server or none', () => {
    const llm = (baseUrl?: string) => doc({ bot: bot({ type: 'llm', model: 'm', systemPrompt: 'Help.', ...(baseUrl ? { baseUrl } : {}) }), bye });
    expect(found(llm('ftp://models'), 'bot.controllerUrl')).toHaveLength(1);
    expect(found(llm('http://127.0.0.1:8000/v1'), 'bot.controllerUrl')).toEqual([]);
    expect(found(llm(), 'bot.controllerUrl')).toEqual([]);
  });

  it('gives remote bots an optional error port, and the built-in NLU none', () => {
    const remote = { ...bot({ type: 'webhook', url: 'https://bot.example' }), on: { done: 'bye', fallback: 'bye', error: 'bye' } };
    expect(found(doc({ bot: remote, bye }), 'port.stray')).toEqual([]);
    const local = { ...bot({ type: 'nlu' }), on: { done: 'bye', fallback: 'bye', error: 'bye' } };
    expect(found(doc({ bot: local, bye }), 'port.stray')).toHaveLength(1);
  });
});
