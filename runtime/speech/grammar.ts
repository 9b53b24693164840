import type { Command } from '../../dsl/session/commands';

/** What a recogniser may hear: phrases (keywords, labels, a bot's example utterances) and the kind of answer. */
export interface Grammar {
  phrases: string[];
  /** The gather's `expect`: an ask type ('digits', 'yesNo' …), 'intent', or absent for a menu. */
  expect?: string;
}

type Gather = Extract<Command, { type: 'gather' }>;

/** A menu's keywords and button labels plus the gather's hints, each phrase once. */
export function grammarForGather(gather: Gather): Grammar {
  const phrases = [
    ...gather.choices.flatMap((choice) => [...choice.keywords, ...(choice.label ? [choice.label] : [])]),
    ...gather.hints,
  ]
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase.length > 0);
  const unique = [...new Map(phrases.map((p) => [p.toLowerCase(), p])).values()];
  return gather.expect === undefined ? { phrases: unique } : { phrases: unique, expect: gather.expect };
}
