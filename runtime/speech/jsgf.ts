import type { Grammar } from './grammar';

export interface Jsgf {
  /** JSGF source, or null when nothing constrains the answer (free speech: use a language model). */
  source: string | null;
  /** The phrases as the recogniser will hear them, after normalising and dropping unknown words. */
  phrases: string[];
  /** Words the pronunciation dictionary does not know; the recogniser cannot say them. */
  droppedWords: string[];
  /** Phrases with no known word left. */
  droppedPhrases: string[];
}

const SPOKEN_DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/**
 * No "oh" for zero although people say it: a short vowel that the recogniser inserted between digits more
 * often than it helped (espeak-ng "one two three" came back "one two oh three").
 */
const DIGIT_WORDS = SPOKEN_DIGITS;
/** The words dsl/interpret/answers.ts reads as yes or no (its first word decides). */
const YES_NO = ['yes', 'yeah', 'yep', 'sure', 'correct', 'no', 'nope', 'yes please', 'no thank you', 'no thanks'];
const DIGIT_EXPECT = new Set(['digits', 'number']);
const YES_NO_EXPECT = new Set(['yesno', 'yes-no', 'yes_no', 'confirm', 'boolean']);

/** Lower-case words a recogniser can spell: digits spoken one by one, punctuation gone, inner apostrophes kept. */
export function normaliseWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\d/g, (d) => ` ${SPOKEN_DIGITS[Number(d)]} `)
    .split(/[^\p{L}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word.length > 0);
}

/**
 * A JSGF grammar for pocketsphinx: the phrases as alternatives, plus digit sequences or yes/no words when the
 * gather expects them. `knows` is the pronunciation dictionary: a word it lacks would make pocketsphinx refuse
 * the whole grammar, so it is dropped here and reported.
 */
export function toJsgf(grammar: Grammar, knows: (word: string) => boolean): Jsgf {
  const expect = grammar.expect?.toLowerCase();
  const phrases = new Set<string>();
  const droppedWords = new Set<string>();
  const droppedPhrases: string[] = [];
  const yesNo = expect !== undefined && YES_NO_EXPECT.has(expect);
  for (const phrase of [...grammar.phrases, ...(yesNo ? YES_NO : [])]) {
    const words = normaliseWords(phrase);
    const known = words.filter((word) => knows(word));
    for (const word of words) if (!knows(word)) droppedWords.add(word);
    if (known.length > 0) phrases.add(known.join(' '));
    else droppedPhrases.push(phrase);
  }
  const digits = expect !== undefined && DIGIT_EXPECT.has(expect);
  const alternatives = [...phrases, ...(digits ? ['<digit>+'] : [])];
  const result = { phrases: [...phrases], droppedWords: [...droppedWords], droppedPhrases };
  if (alternatives.length === 0) return { source: null, ...result };
  const lines = ['#JSGF V1.0;', 'grammar callflow;', `public <utterance> = ${alternatives.join(' | ')};`];
  if (digits) lines.push(`<digit> = ${DIGIT_WORDS.join(' | ')};`);
  return { source: `${lines.join('\n')}\n`, ...result };
}
