import { Jexl } from 'jexl';

/**
 * One Jexl instance with the transforms scenarios may use. Jexl walks its own AST, so
 * expressions can read data but never call host functions other than these.
 */
export const jexl = new Jexl();

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

const TRANSFORMS = {
  upper: (v: unknown) => str(v).toUpperCase(),
  lower: (v: unknown) => str(v).toLowerCase(),
  trim: (v: unknown) => str(v).trim(),
  length: (v: unknown) => (Array.isArray(v) || typeof v === 'string' ? v.length : 0),
  number: (v: unknown) => {
    const n = typeof v === 'number' ? v : Number.parseFloat(str(v).replace(',', '.'));
    return Number.isFinite(n) ? n : 0;
  },
  string: (v: unknown) => str(v),
  round: (v: unknown, digits: unknown = 0) => {
    const f = 10 ** Number(digits);
    return Math.round(Number(v) * f) / f;
  },
  default: (v: unknown, fallback: unknown) => (v === undefined || v === null || v === '' ? fallback : v),
  join: (v: unknown, sep: unknown = ', ') => (Array.isArray(v) ? v.map(str).join(str(sep)) : str(v)),
  split: (v: unknown, sep: unknown = ',') => str(v).split(str(sep)),
  startsWith: (v: unknown, prefix: unknown) => str(v).startsWith(str(prefix)),
  endsWith: (v: unknown, suffix: unknown) => str(v).endsWith(str(suffix)),
  contains: (v: unknown, part: unknown) =>
    Array.isArray(v) ? v.includes(part) : str(v).toLowerCase().includes(str(part).toLowerCase()),
  /** Reads a number digit by digit, as IVRs do for account and phone numbers. */
  digits: (v: unknown) => str(v).split('').join(' '),
  last: (v: unknown, n: unknown = 4) => str(v).slice(-Number(n)),
};

jexl.addTransforms(TRANSFORMS);

/** The names usable as `value|name`, for validation and editor completion. */
export const TRANSFORM_NAMES: readonly string[] = Object.keys(TRANSFORMS);

