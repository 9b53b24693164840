/** Small inline scenarios for the validation tests: raw JSON, as a user would write it. */
import type { Diagnostic } from '../diagnostics';
import { validate } from './validate';
import type { ValidateOptions } from './types';

type Json = Record<string, unknown>;

/** A voice scenario in en-US: "start" enters the first of `nodes` on calls. */
export function doc(nodes: Record<string, unknown>, extra: Json = {}): Json {
  const entry = Object.keys(nodes)[0];
  return {
    dsl: 2,
    id: 'test',
    name: 'Test',
    locales: ['en-US'],
    channels: ['voice'],
    start: 'start',
    ...extra,
    nodes: { start: { kind: 'start', on: { call: entry } }, ...nodes },
  };
}

export const bye = { kind: 'hangup', prompt: { 'en-US': 'Goodbye.' } };

export const say = (text: string, next?: string, extra: Json = {}) => ({
  kind: 'say',
  prompt: { 'en-US': text },
  ...(next !== undefined && { next }),
  ...extra,
});

/** The diagnostics with one code, after validating `input`. */
export function found(input: unknown, code: string, options?: ValidateOptions): Diagnostic[] {
  return validate(input, options).diagnostics.filter((d) => d.code === code);
}

export function codes(input: unknown, options?: ValidateOptions): string[] {
  return validate(input, options).diagnostics.map((d) => d.code);
}
