import { describe, expect, it } from 'vitest';
import { bye, doc, found } from '../test-helpers';

const ask = { 'en-US': 'Which one?' };
const bot = (slots: unknown[], intentSlots: string[] = []) => ({
  kind: 'bot',
  name: 'Router',
  intents: [{ name: 'claims', exit: true, slots: intentSlots, utterances: { 'en-US': ['I had an accident'] } }],
  slots,
  on: { claims: 'bye', fallback: 'bye' },
});

describe('botSlots rule', () => {
  it('refuses a custom slot without values, since nobody could fill it', () => {
    expect(found(doc({ bot: bot([{ name: 'product', type: 'custom', prompt: ask }]), bye }), 'bot.slotWithoutValues')).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: ['nodes', 'bot', 'slots', 0, 'values'],
        message: "Bot 'Router': slot 'product' is a custom list without values, so the caller can never fill it",
      }),
    ]);
  });

  it('refuses an intent that needs a slot the bot does not define', () => {
    const [d] = found(doc({ bot: bot([], ['policy']), bye }), 'bot.unknownSlot');
    expect(d).toMatchObject({ severity: 'error', path: ['nodes', 'bot', 'intents', 0, 'slots', 0] });
    expect(d?.message).toBe("Bot 'Router': intent 'claims' needs slot 'policy', which the bot does not define");
  });

  it('refuses two slots with one name and warns about values on a typed slot', () => {
    const slots = [
      { name: 'policy', type: 'number', prompt: ask },
      { name: 'policy', type: 'number', prompt: ask, values: [{ value: 'x' }] },
    ];
    const input = doc({ bot: bot(slots, ['policy']), bye }, { variables: { policy: { type: 'number' } } });
    expect(found(input, 'bot.duplicateSlot')).toHaveLength(1);
    expect(found(input, 'bot.slotValuesIgnored')).toEqual([expect.objectContaining({ severity: 'warning', path: ['nodes', 'bot', 'slots', 1, 'values'] })]);
    expect(found(input, 'bot.unknownSlot')).toEqual([]);
  });
});
