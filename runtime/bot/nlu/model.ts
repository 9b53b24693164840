import { containerBootstrap } from '@nlpjs/core';
import { Nlp } from '@nlpjs/nlp';
import { LangDe } from '@nlpjs/lang-de';
import { LangEn } from '@nlpjs/lang-en';
import { LangFr } from '@nlpjs/lang-fr';
import { classifyByOverlap, type Classification } from '../../../dsl/interpret';

/** The languages nlp.js has stemmers and tokenizers for here; other locales use the word-overlap classifier. */
const LANGUAGES: Record<string, unknown> = { en: LangEn, de: LangDe, fr: LangFr };

export interface IntentPhrases {
  name: string;
  utterances: Record<string, string[]>;
}

export interface TrainedModel {
  classify(text: string, locale: string): Promise<Classification>;
  /** Locales with a trained network (the others fall back to word overlap). */
  readonly locales: string[];
}

const languageOf = (locale: string) => locale.slice(0, 2).toLowerCase();

/** Lets other sessions' steps run between two trainings: each locale's network trains on its own turn. */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

async function trainLocale(locale: string, intents: IntentPhrases[]): Promise<Nlp | undefined> {
  const language = languageOf(locale);
  const plugin = LANGUAGES[language];
  const documents = intents.flatMap((i) => (i.utterances[locale] ?? []).map((u) => [u, i.name] as const));
  if (!plugin || documents.length === 0) return undefined;
  const container = containerBootstrap();
  container.use(plugin);
  // threshold 0: the node's own threshold decides what counts as understood, so the raw score is kept.
  const nlp = new Nlp({ languages: [language], container, autoSave: false, autoLoad: false, threshold: 0, nlu: { log: false } });
  for (const [utterance, intent] of documents) nlp.addDocument(language, utterance, intent);
  await nlp.train();
  return nlp;
}

/** One nlp.js network per locale, trained from the bot's example phrases. */
export async function trainModel(intents: IntentPhrases[]): Promise<TrainedModel> {
  const locales = [...new Set(intents.flatMap((i) => Object.keys(i.utterances)))].sort();
  const networks = new Map<string, Nlp>();
  for (const locale of locales) {
    await yieldToOthers();
    const nlp = await trainLocale(locale, intents);
    if (nlp) networks.set(locale, nlp);
  }
  return {
    locales: [...networks.keys()],
    async classify(text, locale) {
      const nlp = networks.get(locale);
      if (!nlp) return classifyByOverlap(text, locale, intents);
      const result = await nlp.process(languageOf(locale), text);
      // "None" is nlp.js's own "no intent"; the best real intent and its score tell the transcript how close it was.
      if (result.intent !== 'None') return { intent: result.intent, confidence: round(result.score) };
      const best = result.classifications.find((c) => c.intent !== 'None');
      return { intent: null, confidence: round(best?.score ?? 0) };
    },
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
