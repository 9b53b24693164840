import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileExample } from '../../../test/support/examples';
import { loadExample } from './testing';
import { trainModel } from './model';

const heldOut = JSON.parse(readFileSync(new URL('../fixtures/voice-robot-held-out.json', import.meta.url), 'utf8')) as Record<string, Record<string, string[]>>;
const robot = loadExample('voice-robot', 'assistant');

describe('built-in NLU on phrases it never saw (examples/voice-robot.json, fixtures/voice-robot-held-out.json)', () => {
  for (const locale of ['en-US', 'de-DE', 'fr-FR']) {
    it(`routes at least 90% of ${locale} held-out phrases to the right intent`, async () => {
      const model = await trainModel(robot.intents);
      const cases = Object.entries(heldOut[locale]!).flatMap(([intent, phrases]) => phrases.map((text) => ({ intent, text })));
      expect(cases.length).toBeGreaterThanOrEqual(60);
      const misses: string[] = [];
      for (const { intent, text } of cases) {
        const got = await model.classify(text, locale);
        const understood = got.intent !== null && got.confidence >= robot.threshold ? got.intent : null;
        if (understood !== intent) misses.push(`"${text}" → ${understood ?? `none (best ${got.intent} ${got.confidence})`}, expected ${intent}`);
      }
      const accuracy = (cases.length - misses.length) / cases.length;
      console.log(`NLU accuracy ${locale}: ${(accuracy * 100).toFixed(1)}% (${cases.length - misses.length}/${cases.length})${misses.length ? `\n  misses:\n  ${misses.join('\n  ')}` : ''}`);
      expect(accuracy).toBeGreaterThanOrEqual(0.9);
    });
  }

  it('has no held-out phrase among the training phrases', () => {
    const training = new Set(robot.intents.flatMap((i) => Object.values(i.utterances).flat().map((u) => u.toLowerCase())));
    const all = Object.entries(heldOut).filter(([k]) => !k.startsWith('$')).flatMap(([, byIntent]) => Object.values(byIntent).flat());
    expect(all.filter((p) => training.has(p.toLowerCase()))).toEqual([]);
    expect(compileExample('voice-robot').locales).toEqual(['de-DE', 'en-US', 'fr-FR']);
  });
});
