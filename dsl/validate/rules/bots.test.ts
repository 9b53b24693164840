import { describe, expect, it } from 'vitest';
import { bye, doc, found } from '../test-helpers';

const bot = (intents: unknown[], extra: Record<string, unknown> = {}) => ({
  kind: 'bot',
  name: 'Assistant',
  intents,
  on: { fallback: 'bye', done: 'bye' },
  ...extra,
});
const two = { locales: ['en-US', 'fr-FR'] };
const byeBoth = { kind: 'hangup' };

describe('bots rule', () => {
  it('warns about an intent without example phrases in a declared locale', () => {
    const input = doc({ bot: bot([{ name: 'done', exit: true, utterances: { 'en-US': ['bye'] } }]), bye: byeBoth }, two);
    expect(found(input, 'bot.noUtterances')).toEqual([
      {
        severity: 'warning',
        code: 'bot.noUtterances',
        message: "Bot 'Assistant': intent 'done' has no example phrases for fr-FR, so it is never recognised in that language",
        nodeId: 'bot',
        path: ['nodes', 'bot', 'intents', 0, 'utterances'],
      },
    ]);
  });

  it('counts an empty phrase list as none', () => {
    const input = doc({ bot: bot([{ name: 'done', exit: true, utterances: { 'en-US': [] } }]), bye });
    expect(found(input, 'bot.noUtterances')).toHaveLength(1);
  });

  it('does not ask webhook or LLM bots for phrases', () => {
    const llm = bot([{ name: 'done', exit: true, utterances: {} }], { controller: { type: 'llm', model: 'small', systemPrompt: 'Help.' } });
    expect(found(doc({ bot: llm, bye }), 'bot.noUtterances')).toEqual([]);
  });

  it('warns when no intent leaves the conversation', () => {
    const [d] = found(doc({ bot: bot([{ name: 'hello', utterances: { 'en-US': ['hi'] } }]), bye }), 'bot.noExit');
    expect(d).toMatchObject({ severity: 'warning', nodeId: 'bot', path: ['nodes', 'bot', 'intents'] });
    expect(d?.message).toMatch(/^Bot 'Assistant': no intent leaves the conversation/);
  });

  it('reports two intents with the same name', () => {
    const intents = [
      { name: 'done', exit: true, utterances: { 'en-US': ['bye'] } },
      { name: 'done', utterances: { 'en-US': ['thanks'] } },
    ];
    expect(found(doc({ bot: bot(intents), bye }), 'bot.duplicateIntent')).toEqual([
      expect.objectContaining({ severity: 'error', path: ['nodes', 'bot', 'intents', 1, 'name'], message: "Bot 'Assistant': two intents are called 'done'" }),
    ]);
  });
});
