import { expect } from 'vitest';
import { FakeJambonz, verbOf } from './fake-jambonz';
import type { Verb } from './verbs';

/**
 * Test support: answers each verb array the way jambonz reports the outcome of its last
 * verb, from a short script — "d:2" digits, "s:text" speech, "timeout", "dial:busy",
 * "queue:bridged" / "queue:leave@600" (seconds waited), "rec" (recording over).
 */
export const digits = (d: string) => ({ reason: 'dtmfDetected', digits: d });
export const speech = (text: string) => ({
  reason: 'speechDetected',
  speech: { is_final: true, language_code: 'de-DE', alternatives: [{ transcript: text, confidence: 0.92 }] },
});

function payloadFor(entry: string): { verb: Verb['verb']; body: Record<string, unknown> } {
  if (entry.startsWith('d:')) return { verb: 'gather', body: digits(entry.slice(2)) };
  if (entry.startsWith('s:')) return { verb: 'gather', body: speech(entry.slice(2)) };
  if (entry === 'timeout') return { verb: 'gather', body: { reason: 'timeout' } };
  if (entry.startsWith('dial:')) return { verb: 'dial', body: { dial_call_status: entry.slice(5), dial_call_sid: 'b-leg' } };
  if (entry.startsWith('queue:')) {
    const [result, waited] = entry.slice(6).split('@');
    return { verb: 'enqueue', body: { queue_result: result, queue_time: Number(waited ?? 30), queue_sid: 'queue:acc-1:q' } };
  }
  if (entry === 'rec') return { verb: 'listen', body: {} };
  throw new Error(`unknown script entry ${entry}`);
}

/** Plays the script from the call's first answer; returns every answer, first included. */
export async function drive(jambonz: FakeJambonz, first: Verb[], script: string[]): Promise<Verb[][]> {
  const answers = [first];
  let current = await jambonz.settle(first);
  for (const entry of script) {
    const { verb, body } = payloadFor(entry);
    expect(current.at(-1)?.verb, `"${entry}" does not answer ${JSON.stringify(current)}`).toBe(verb);
    verbOf(current, verb);
    current = await jambonz.settle(await jambonz.hook(current, verb, body));
    answers.push(current);
  }
  return answers;
}
