import type { AnswerType } from '../nodes/ask';

export interface AnswerRules {
  type: AnswerType;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  finishOnKey?: string;
}

export type Parsed = { ok: true; value: unknown } | { ok: false };

const NUMBER_WORDS: Record<string, string> = {
  zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  null: '0', eins: '1', zwei: '2', zwo: '2', drei: '3', vier: '4', fünf: '5', sechs: '6', sieben: '7', acht: '8', neun: '9',
  zéro: '0', un: '1', une: '1', deux: '2', trois: '3', quatre: '4', cinq: '5', sept: '7', huit: '8', neuf: '9',
};
const YES = new Set(['yes', 'yeah', 'yep', 'sure', 'correct', 'ja', 'jawohl', 'genau', 'richtig', 'oui', 'ouais', 'exact', 'si', 'sí', 'y', '1']);
const NO = new Set(['no', 'nope', 'nein', 'ne', 'non', 'n', '2']);

/** Spoken digits ("four two") count as digits, as recognisers return words for them. */
function spokenDigits(raw: string): string {
  return raw
    .toLowerCase()
    .split(/[\s,.-]+/)
    .map((w) => NUMBER_WORDS[w] ?? w)
    .join('');
}

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Dates as ISO "YYYY-MM-DD" from 2026-12-24, 24.12.2026, 24/12/2026 or keypad 24122026. */
function parseDate(raw: string): Parsed {
  const s = raw.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const eu = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  const keypad = /^(\d{2})(\d{2})(\d{4})$/.exec(s);
  const [y, m, d] = iso
    ? [iso[1], iso[2], iso[3]]
    : eu
      ? [eu[3], eu[2], eu[1]]
      : keypad
        ? [keypad[3], keypad[2], keypad[1]]
        : [];
  if (!y || !m || !d || !isRealDate(Number(y), Number(m), Number(d))) return { ok: false };
  return { ok: true, value: `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}` };
}

function parseTyped(rules: AnswerRules, raw: string): Parsed {
  const text = raw.trim();
  switch (rules.type) {
    case 'digits': {
      const digits = spokenDigits(text);
      return /^\d+$/.test(digits) ? { ok: true, value: digits } : { ok: false };
    }
    case 'number': {
      const source = /\p{L}/u.test(text) ? spokenDigits(text) : text.replace(/\s/g, '');
      const n = Number(source.replace(',', '.'));
      if (text === '' || !Number.isFinite(n)) return { ok: false };
      if ((rules.min !== undefined && n < rules.min) || (rules.max !== undefined && n > rules.max)) return { ok: false };
      return { ok: true, value: n };
    }
    case 'date':
      return parseDate(text);
    case 'yesNo': {
      const word = text.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim().split(' ')[0] ?? '';
      if (YES.has(word)) return { ok: true, value: true };
      if (NO.has(word)) return { ok: true, value: false };
      return { ok: false };
    }
    case 'email':
      return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(text) ? { ok: true, value: text.toLowerCase() } : { ok: false };
    case 'pattern': {
      try {
        return new RegExp(`^(?:${rules.pattern ?? ''})$`).test(text) ? { ok: true, value: text } : { ok: false };
      } catch {
        return { ok: false };
      }
    }
    case 'text':
      return text === '' ? { ok: false } : { ok: true, value: text };
  }
}

/** Checks a caller's raw answer against an ask node's rules and converts it to the variable's value. */
export function parseAnswer(rules: AnswerRules, raw: string): Parsed {
  const answer = rules.finishOnKey && raw.endsWith(rules.finishOnKey) ? raw.slice(0, -1) : raw;
  const parsed = parseTyped(rules, answer);
  if (!parsed.ok) return parsed;
  const length = String(parsed.value).length;
  if (rules.minLength !== undefined && length < rules.minLength) return { ok: false };
  if (rules.maxLength !== undefined && length > rules.maxLength) return { ok: false };
  return parsed;
}
