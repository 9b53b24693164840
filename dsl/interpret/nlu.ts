/**
 * The offline fallback classifier: word overlap between the caller's phrase and each intent's
 * example utterances. The runtime plugs a trained NLU in through Providers.classify.
 */
export interface IntentExamples {
  name: string;
  utterances: Record<string, string[]>;
}

export interface Classification {
  intent: string | null;
  confidence: number;
}

/** One turn of any controller: an intent (or none), and what a remote one adds. */
export interface BotTurn extends Classification {
  /** Leave by the handoff port. */
  handoff?: boolean;
  /** Said to the caller in the controller's own words (webhook replies, LLM text). */
  replies?: string[];
  /** Variables to set (only declared ones are taken). */
  vars?: Record<string, unknown>;
}

const STOP_WORDS = new Set([
  'i', 'a', 'an', 'the', 'to', 'my', 'me', 'is', 'are', 'be', 'it', 'and', 'of', 'for', 'in', 'on', 'at', 'please',
  'want', 'would', 'like', 'can', 'could', 'you', 'your', 'what', 'how', 'do', 'does', 'have', 'has', 'there',
  'ich', 'die', 'der', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'mein', 'meine', 'meinen', 'und', 'zu',
  'bitte', 'möchte', 'will', 'mit', 'ist', 'sind', 'habe', 'haben', 'wie', 'was', 'sie', 'ihre', 'ihr', 'es',
  'auf', 'an', 'im', 'je', 'j', 'le', 'la', 'les', 'l', 'un', 'une', 'de', 'd', 'du', 'des', 'mon', 'ma', 'mes',
  'et', 'à', 'au', 'aux', 'voudrais', 'veux', 'est', 'sont', 'vous', 'votre', 'vos', 'que', 'qui', 'en', 'pour',
  'sur', 'ce', 'c',
]);

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !STOP_WORDS.has(w));
}

function overlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(b);
  const shared = a.filter((w) => set.has(w) || [...set].some((x) => x.length > 4 && (x.startsWith(w) || w.startsWith(x)))).length;
  return (2 * shared) / (a.length + b.length);
}

export function classifyByOverlap(text: string, locale: string, intents: IntentExamples[]): Classification {
  const said = words(text);
  let best: Classification = { intent: null, confidence: 0 };
  for (const intent of intents) {
    const examples = intent.utterances[locale] ?? Object.values(intent.utterances).flat();
    for (const example of examples) {
      const score = overlap(said, words(example));
      if (score > best.confidence) best = { intent: intent.name, confidence: Math.round(score * 1000) / 1000 };
    }
  }
  return best;
}
