import { createRequire } from 'node:module';
import { expect } from 'vitest';
import { Verbs, type Verb, type VerbName, type VerbOf } from './verbs';

/**
 * Test support: plays jambonz against the real server over HTTP. Every answer it gets is
 * checked by `@jambonz/verb-specifications` — the validator jambonz itself runs — and by our
 * own schema, so no test can pass with an answer jambonz would refuse.
 */
const specs = createRequire(import.meta.url)('@jambonz/verb-specifications') as {
  validate(logger: unknown, verbs: unknown): void;
};
const quiet = { info() {}, debug() {}, warn() {}, error() {} };

export function expectValidVerbs(verbs: unknown): asserts verbs is Verb[] {
  expect(Array.isArray(verbs), `not a verb array: ${JSON.stringify(verbs)}`).toBe(true);
  expect(() => specs.validate(quiet, verbs), JSON.stringify(verbs)).not.toThrow();
  expect(Verbs.safeParse(verbs).success, JSON.stringify(verbs)).toBe(true);
}

export const CALL = {
  direction: 'inbound',
  from: '+4930123456789',
  to: '+498001234567',
  call_id: 'b6f6d5d2@10.0.0.5',
  call_status: 'in-progress',
  sip_status: 200,
  account_sid: 'acc-1',
  application_sid: 'app-1',
};

export class FakeJambonz {
  /** Every answer received, in order (each already validated). */
  readonly answers: Verb[][] = [];
  private calls = 0;

  constructor(private readonly base: string) {}

  newCallSid(): string {
    return `call-${Date.now().toString(36)}-${++this.calls}`;
  }

  /** Posts like jambonz does (JSON, relative hooks resolved against the application URL). */
  async post(path: string, body: Record<string, unknown>): Promise<Verb[]> {
    const response = await fetch(new URL(path, this.base), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    expect(response.status, text).toBe(200);
    const verbs: unknown = JSON.parse(text);
    expectValidVerbs(verbs);
    this.answers.push(verbs);
    return verbs;
  }

  call(callSid: string, payload: Record<string, unknown> = {}, query = ''): Promise<Verb[]> {
    return this.post(`/jambonz/call${query}`, { ...CALL, call_sid: callSid, ...payload });
  }

  /** Follows the action hook of the answer's last verb of that name. */
  hook<N extends VerbName>(verbs: Verb[], name: N, body: Record<string, unknown>, field: 'actionHook' | 'waitHook' | 'confirmHook' = 'actionHook'): Promise<Verb[]> {
    const verb = verbOf(verbs, name) as Record<string, unknown>;
    const url = verb[field];
    expect(typeof url, `${name} has no ${field}`).toBe('string');
    return this.post(url as string, { call_sid: 'ignored-by-url', ...body });
  }

  /** Follows redirects (a slow step) until the call gets something else to do. */
  async settle(verbs: Verb[], limit = 50): Promise<Verb[]> {
    let current = verbs;
    for (let i = 0; i < limit && current.at(-1)?.verb === 'redirect'; i++) current = await this.hook(current, 'redirect', {});
    return current;
  }
}

export function verbOf<N extends VerbName>(verbs: Verb[], name: N): VerbOf<N> {
  const found = verbs.findLast((v): v is VerbOf<N> => v.verb === name);
  expect(found, `no ${name} in ${JSON.stringify(verbs)}`).toBeDefined();
  return found!;
}

export const names = (verbs: Verb[]) => verbs.map((v) => v.verb);
