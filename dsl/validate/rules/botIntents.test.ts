import { describe, expect, it } from 'vitest';
import { bye, doc, found } from '../test-helpers';

describe('botIntents rule', () => {
  it('warns about an intent that neither leaves nor answers, but not about handoff', () => {
    const bot = {
      kind: 'bot',
      name: 'Mia',
      intents: [
        { name: 'done', exit: true, utterances: { 'en-US': ['bye'] } },
        { name: 'chitchat', utterances: { 'en-US': ['how are you'] } },
        { name: 'handoff', utterances: { 'en-US': ['agent'] } },
      ],
      on: { done: 'bye', fallback: 'bye', handoff: 'bye' },
    };
    expect(found(doc({ bot, bye }), 'bot.idleIntent')).toEqual([
      {
        severity: 'warning',
        code: 'bot.idleIntent',
        nodeId: 'bot',
        path: ['nodes', 'bot', 'intents', 1],
        message: "Bot 'Mia': intent 'chitchat' neither leaves nor answers; give it an answer or mark it as exit",
      },
    ]);
  });
});
