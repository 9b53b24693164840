import { describe, expect, it } from 'vitest';
import { UtteranceDetector } from './vad';

const RATE = 8000;

/** A vowel-like tone: loud enough for speech, no recogniser needed. */
function speech(ms: number, amplitude = 8000): Int16Array {
  return Int16Array.from({ length: (ms * RATE) / 1000 }, (_, i) => Math.round(amplitude * Math.sin((2 * Math.PI * 220 * i) / RATE)));
}

/** Line noise from a fixed seed, so every run feeds the same samples. */
function noise(ms: number, amplitude: number, seed = 1): Int16Array {
  let state = seed;
  return Int16Array.from({ length: (ms * RATE) / 1000 }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return Math.round(((state / 2 ** 31) * 2 - 1) * amplitude);
  });
}

function concat(...parts: Int16Array[]): Int16Array {
  const all = new Int16Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) (all.set(part, offset), (offset += part.length));
  return all;
}

function feed(detector: UtteranceDetector, audio: Int16Array, chunk = 160): Int16Array[] {
  const found: Int16Array[] = [];
  for (let i = 0; i < audio.length; i += chunk) {
    const utterance = detector.push(audio.subarray(i, i + chunk));
    if (utterance) found.push(utterance);
  }
  return found;
}

const ms = (pcm: Int16Array) => (pcm.length * 1000) / RATE;

describe('UtteranceDetector', () => {
  it('finds one utterance in silence, speech, silence, with a little lead-in and tail', () => {
    const found = feed(new UtteranceDetector(), concat(new Int16Array(8000), speech(1200), new Int16Array(8000)));
    expect(found).toHaveLength(1);
    expect(ms(found[0]!)).toBeGreaterThanOrEqual(1200 + 100);
    expect(ms(found[0]!)).toBeLessThanOrEqual(1200 + 200 + 300);
  });

  it('gives nothing until the silence after speech has lasted silenceMs', () => {
    const detector = new UtteranceDetector({ silenceMs: 500 });
    expect(feed(detector, concat(new Int16Array(4000), speech(600), new Int16Array(3840)))).toEqual([]);
    expect(feed(detector, new Int16Array(160))).toHaveLength(1);
  });

  it('keeps a short pause inside the utterance', () => {
    const audio = concat(new Int16Array(4000), speech(500), new Int16Array(2400), speech(500), new Int16Array(8000));
    expect(feed(new UtteranceDetector({ silenceMs: 700 }), audio)).toHaveLength(1);
  });

  it('finds two utterances separated by a long silence, even when fed in large blocks', () => {
    const audio = concat(new Int16Array(4000), speech(500), new Int16Array(8000), speech(500), new Int16Array(8000));
    const detector = new UtteranceDetector();
    const found = feed(detector, audio, 24_000);
    found.push(...[detector.push(new Int16Array(0))].filter((u): u is Int16Array => u !== undefined));
    expect(found).toHaveLength(2);
  });

  it('ignores silence, line noise and clicks shorter than minSpeechMs', () => {
    const audio = concat(noise(2000, 200), speech(40, 20_000), noise(2000, 200));
    expect(feed(new UtteranceDetector({ minSpeechMs: 100 }), audio)).toEqual([]);
    expect(feed(new UtteranceDetector(), new Int16Array(24_000))).toEqual([]);
  });

  it('raises its threshold on a noisy line and still finds speech above the noise', () => {
    const audio = concat(noise(1500, 1500), speech(800, 12_000), noise(1500, 1500, 7));
    const found = feed(new UtteranceDetector(), audio);
    expect(found).toHaveLength(1);
    expect(ms(found[0]!)).toBeLessThan(800 + 200 + 300 + 20);
  });

  it('cuts speech that goes on longer than maxMs', () => {
    const found = feed(new UtteranceDetector({ maxMs: 2000 }), concat(new Int16Array(4000), speech(5000)));
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(ms(found[0]!)).toBe(2000);
  });

  it('forgets half-heard speech on reset', () => {
    const detector = new UtteranceDetector();
    feed(detector, concat(new Int16Array(4000), speech(600)));
    detector.reset();
    expect(feed(detector, new Int16Array(16_000))).toEqual([]);
  });
});
