import { describe, expect, it } from 'vitest';
import { ModelCache } from './cache';

const intents = (extra: string[] = []) => [
  { name: 'billing', utterances: { 'en-US': ['question about my bill', 'my invoice is wrong', ...extra], 'it-IT': ['domanda sulla fattura'] } },
  { name: 'technical', utterances: { 'en-US': ['no signal', 'internet is down'], 'it-IT': ['internet non funziona'] } },
];

describe('model cache', () => {
  it('trains once for sessions asking at the same time, and again only when the phrases change', async () => {
    const cache = new ModelCache();
    const [a, b] = await Promise.all([cache.model('bot', intents()), cache.model('bot', intents())]);
    expect(a).toBe(b);
    expect(cache.trainings).toBe(1);
    await cache.model('bot', intents());
    expect(cache.trainings).toBe(1);
    await cache.model('bot', intents(['wrong amount charged']));
    expect(cache.trainings).toBe(2);
  });

  it('falls back to word overlap for a locale nlp.js has no language pack for here', async () => {
    const model = await new ModelCache().model('bot', intents());
    expect(model.locales).toEqual(['en-US']);
    expect((await model.classify('ho una domanda sulla fattura', 'it-IT')).intent).toBe('billing');
    expect((await model.classify('my invoice seems wrong', 'en-US')).intent).toBe('billing');
  });
});
