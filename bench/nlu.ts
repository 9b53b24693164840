import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { trainModel } from '../runtime/bot/nlu/model';
import { loadExample } from '../runtime/bot/nlu/testing';
import { percentiles, type Benchmark, type Measurement } from './harness';

const TRAININGS = 10;
const ROUNDS = 10;
const heldOut = JSON.parse(readFileSync(new URL('../runtime/bot/fixtures/voice-robot-held-out.json', import.meta.url), 'utf8')) as Record<string, Record<string, string[]>>;

/** Trains a bot's model again and again (each time as for a newly published revision), watching the event loop meanwhile. */
async function training(scenarioId: string, nodeId: string): Promise<Measurement> {
  const bot = loadExample(scenarioId, nodeId);
  const phrases = bot.intents.reduce((n, i) => n + Object.values(i.utterances).flat().length, 0);
  const times: number[] = [];
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  for (let i = 0; i < TRAININGS; i++) {
    const begin = performance.now();
    await trainModel(bot.intents);
    times.push(performance.now() - begin);
  }
  loop.disable();
  const blockMs = loop.max / 1e6;
  const p = percentiles(times);
  return {
    name: `train ${scenarioId}/${nodeId} (${Object.keys(bot.intents[0]?.utterances ?? {}).length} locales, ${phrases} phrases)`,
    runs: TRAININGS,
    ...p,
    goal: { text: 'median < 1000 ms per revision', met: p.medianMs < 1000 },
    note: `longest event-loop block ${blockMs.toFixed(0)} ms (one locale's training)`,
  };
}

async function classification(): Promise<Measurement> {
  const model = await trainModel(loadExample('voice-robot', 'assistant').intents);
  const cases = Object.entries(heldOut).filter(([k]) => !k.startsWith('$')).flatMap(([locale, byIntent]) => Object.values(byIntent).flat().map((text) => ({ locale, text })));
  for (const { locale, text } of cases) await model.classify(text, locale);
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const { locale, text } of cases) {
      const begin = performance.now();
      await model.classify(text, locale);
      times.push(performance.now() - begin);
    }
  }
  const p = percentiles(times);
  return {
    name: `classify a held-out phrase (voice-robot, en/de/fr)`,
    runs: times.length,
    ...p,
    goal: { text: 'p99 < 20 ms', met: p.p99Ms < 20 },
  };
}

/** The built-in NLU: how long a published revision's bot takes to train, and how fast a caller's phrase is classified. */
export const nlu: Benchmark = {
  name: 'nlu',
  description: 'built-in NLU (nlp.js): training per revision and classification latency',
  run: async () => [await training('voice-robot', 'assistant'), await training('ai-routing', 'router'), await classification()],
};
