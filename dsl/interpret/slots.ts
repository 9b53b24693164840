import type { z } from 'zod';
import type { BotSlot } from '../nodes/bot';
import { parseAnswer } from './answers';

/** A slot as the session sees it in compiled params: the prompt is not needed to fill it. */
export type SlotSpec = Pick<z.infer<typeof BotSlot>, 'name' | 'type'> & { values?: z.infer<typeof BotSlot>['values'] };

const normal = (text: string) =>
  ` ${text
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}@.+_-]+/u)
    .filter(Boolean)
    .join(' ')} `;

/** A slot counts as missing while its variable is unset or empty (declared string variables default to ""). */
export const isMissing = (value: unknown) => value === undefined || value === null || value === '';

function findNumber(text: string): number | undefined {
  // Recognisers write long numbers in groups ("4711 2024"): a run of digit groups is one number.
  const written = /-?\d+(?: \d+)*(?:[.,]\d+)?/.exec(text);
  if (written) return Number(written[0].replace(/ /g, '').replace(',', '.'));
  const spoken = parseAnswer({ type: 'number' }, text);
  return spoken.ok ? (spoken.value as number) : undefined;
}

function findDate(text: string): string | undefined {
  const match = /\b(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4})\b/.exec(text) ?? /^\s*(\d{8})\s*$/.exec(text);
  const parsed = match ? parseAnswer({ type: 'date' }, match[1]!) : { ok: false as const };
  return parsed.ok ? (parsed.value as string) : undefined;
}

function findEmail(text: string): string | undefined {
  // Speech recognisers write "anna at example dot com"; typed text has the symbols already.
  const spelled = text.replace(/\s+(?:at|ät|arobase)\s+/gi, '@').replace(/\s+(?:dot|punkt|point)\s+/gi, '.');
  return /[^\s@]+@[^\s@]+\.[^\s@.]{2,}/.exec(spelled)?.[0].toLowerCase();
}

function findYesNo(text: string): boolean | undefined {
  for (const word of normal(text).trim().split(' ')) {
    const parsed = parseAnswer({ type: 'yesNo' }, word);
    if (parsed.ok && !/^\d$/.test(word)) return parsed.value as boolean;
  }
  return undefined;
}

/** The value whose name or synonym (in this locale, else any) occurs in the text; the longest phrase wins. */
function findCustom(slot: SlotSpec, text: string, locale: string): string | undefined {
  const said = normal(text);
  let best: { value: string; length: number } | undefined;
  for (const value of slot.values ?? []) {
    const synonyms = value.synonyms[locale] ?? Object.values(value.synonyms).flat();
    for (const phrase of [value.value, ...synonyms]) {
      const p = normal(phrase);
      if (p.trim() && said.includes(p) && (!best || p.length > best.length)) best = { value: value.value, length: p.length };
    }
  }
  return best?.value;
}

/** The slot's value in what the caller said, or undefined when it is not there. */
export function extractSlot(slot: SlotSpec, text: string, locale: string): unknown {
  switch (slot.type) {
    case 'number':
      return findNumber(text);
    case 'date':
      return findDate(text);
    case 'email':
      return findEmail(text);
    case 'yesNo':
      return findYesNo(text);
    case 'custom':
      return findCustom(slot, text, locale);
  }
}

/** Fills the missing slots the text holds; slots already known keep their value. */
export function fillSlots(slots: SlotSpec[], text: string, locale: string, vars: Record<string, unknown>): Record<string, unknown> {
  const filled: Record<string, unknown> = {};
  for (const slot of slots) {
    if (!isMissing(vars[slot.name])) continue;
    const value = extractSlot(slot, text, locale);
    if (value !== undefined) filled[slot.name] = value;
  }
  return filled;
}
