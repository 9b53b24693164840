import { bot, BotNode } from '../../../../../dsl/nodes/bot';
import { renameKey } from '../../../../forms/path';

/**
 * Edits of a bot node as the editor holds it (as written, defaults possibly missing). Each
 * returns the whole node, so an edit that touches an intent and its port is one undoable change.
 */
export type RawBot = Record<string, unknown>;
export type RawIntent = Record<string, unknown>;

/** Ports a bot has whatever its intents say; an intent of that name is handled by the dsl, not a port. */
const BUILT_IN_PORTS = new Set(bot.ports(BotNode.parse({ kind: 'bot', controller: { type: 'webhook', url: 'x' }, on: {} })).map((p) => p.name));

export const intentsOf = (node: RawBot): RawIntent[] => (Array.isArray(node.intents) ? (node.intents as RawIntent[]) : []);
const onOf = (node: RawBot): Record<string, unknown> => (node.on && typeof node.on === 'object' ? (node.on as Record<string, unknown>) : {});

/** The port an intent leaves by, or undefined when it does not leave (or its name is a built-in port). */
export function portOf(intent: RawIntent): string | undefined {
  return intent.exit === true && typeof intent.name === 'string' && !BUILT_IN_PORTS.has(intent.name) ? intent.name : undefined;
}

function withIntents(node: RawBot, intents: RawIntent[], on: Record<string, unknown>): RawBot {
  return { ...node, intents, on };
}

/** A fresh intent name: "intent", "intent2", … not used yet. */
export function freeIntentName(node: RawBot, stem = 'intent'): string {
  const taken = new Set(intentsOf(node).map((i) => i.name));
  let name = stem;
  for (let n = 2; taken.has(name); n++) name = `${stem}${n}`;
  return name;
}

export function addIntent(node: RawBot, name: string): RawBot {
  return withIntents(node, [...intentsOf(node), { name, exit: false, utterances: {} }], onOf(node));
}

/** Removes the intent and, if it was an exit, the connection of its port. */
export function removeIntent(node: RawBot, index: number): RawBot {
  const intents = intentsOf(node);
  const port = intents[index] ? portOf(intents[index]) : undefined;
  const { [port ?? '\u0000']: _dropped, ...on } = onOf(node);
  return withIntents(node, intents.filter((_, i) => i !== index), on);
}

/** Renames the intent; an exit intent's port keeps its connection (and its place among the ports). */
export function renameIntent(node: RawBot, index: number, name: string): RawBot {
  const intents = intentsOf(node);
  const intent = intents[index];
  if (!intent || intent.name === name) return node;
  const renamed = { ...intent, name };
  const before = portOf(intent);
  const after = portOf(renamed);
  let on = onOf(node);
  if (before !== undefined && Object.hasOwn(on, before)) {
    if (after !== undefined && !Object.hasOwn(on, after)) on = renameKey(on, before, after);
    else {
      const { [before]: _dropped, ...others } = on;
      on = others;
    }
  }
  return withIntents(node, intents.map((i, n) => (n === index ? renamed : i)), on);
}

/** Marks the intent as an exit or not; a port that disappears takes its connection with it (undo brings both back). */
export function setExit(node: RawBot, index: number, exit: boolean): RawBot {
  const intents = intentsOf(node);
  const intent = intents[index];
  if (!intent) return node;
  const port = portOf(intent);
  const { [!exit && port !== undefined ? port : '\u0000']: _dropped, ...on } = onOf(node);
  return withIntents(node, intents.map((i, n) => (n === index ? { ...i, exit } : i)), on);
}

/**
 * Phrases typed or pasted into the "add" box: one per line, trimmed, without empty lines and
 * without those already in the list (case and spacing do not make a new example).
 */
export function addPhrases(list: readonly string[], text: string): string[] {
  const key = (phrase: string) => phrase.toLocaleLowerCase().replace(/\s+/g, ' ').trim();
  const seen = new Set(list.map(key));
  const added: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const phrase = line.trim().replace(/\s+/g, ' ');
    if (phrase === '' || seen.has(key(phrase))) continue;
    seen.add(key(phrase));
    added.push(phrase);
  }
  return [...list, ...added];
}

export interface LocaleCount {
  locale: string;
  count: number;
  /** Declared by the scenario and without a phrase: the intent is never recognised in that language. */
  missing: boolean;
  /** Has phrases but the scenario no longer declares the locale. */
  undeclared: boolean;
}

/** Phrases per locale: the declared ones in the scenario's order, then any left over. */
export function phraseCounts(utterances: unknown, locales: readonly string[]): LocaleCount[] {
  const record = utterances && typeof utterances === 'object' && !Array.isArray(utterances) ? (utterances as Record<string, unknown>) : {};
  const count = (locale: string) => (Array.isArray(record[locale]) ? (record[locale] as unknown[]).length : 0);
  return [
    ...locales.map((locale) => ({ locale, count: count(locale), missing: count(locale) === 0, undeclared: false })),
    ...Object.keys(record)
      .filter((locale) => !locales.includes(locale))
      .map((locale) => ({ locale, count: count(locale), missing: false, undeclared: true })),
  ];
}

/** Renames a slot and every intent's reference to it. */
export function renameSlot(node: RawBot, index: number, name: string): RawBot {
  const slots = Array.isArray(node.slots) ? (node.slots as Record<string, unknown>[]) : [];
  const old = slots[index]?.name;
  if (!slots[index] || old === name) return node;
  const intents = intentsOf(node).map((i) => (Array.isArray(i.slots) ? { ...i, slots: (i.slots as unknown[]).map((s) => (s === old ? name : s)) } : i));
  return { ...node, slots: slots.map((s, n) => (n === index ? { ...s, name } : s)), intents };
}

/** Removes a slot and every intent's reference to it. */
export function removeSlot(node: RawBot, index: number): RawBot {
  const slots = Array.isArray(node.slots) ? (node.slots as Record<string, unknown>[]) : [];
  const old = slots[index]?.name;
  const intents = intentsOf(node).map((i) => (Array.isArray(i.slots) ? { ...i, slots: (i.slots as unknown[]).filter((s) => s !== old) } : i));
  return { ...node, slots: slots.filter((_, n) => n !== index), intents };
}
