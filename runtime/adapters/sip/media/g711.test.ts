import { createRequire } from 'node:module';
import type * as AlawMulaw from 'alawmulaw';
import { describe, expect, it } from 'vitest';
import { decode, encode, encodeInto, silenceByte } from './g711';

const { alaw, mulaw } = createRequire(import.meta.url)('alawmulaw') as typeof AlawMulaw;

const sweep = Int16Array.from({ length: 2000 }, (_, i) => Math.round(Math.sin(i / 7) * 30000 * (i / 2000)));

describe('G.711', () => {
  it('encodes and decodes exactly like alawmulaw', () => {
    expect([...encode('PCMU', sweep)]).toEqual([...mulaw.encode(sweep)]);
    expect([...encode('PCMA', sweep)]).toEqual([...alaw.encode(sweep)]);
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect([...decode('PCMU', bytes)]).toEqual([...mulaw.decode(bytes)]);
    expect([...decode('PCMA', bytes)]).toEqual([...alaw.decode(bytes)]);
  });

  it('keeps speech-level audio close after a round trip', () => {
    for (const codec of ['PCMU', 'PCMA'] as const) {
      const back = decode(codec, encode(codec, sweep));
      sweep.forEach((sample, i) => expect(Math.abs(back[i]! - sample)).toBeLessThanOrEqual(Math.max(16, Math.abs(sample) / 16)));
    }
  });

  it('pads a short last frame with silence', () => {
    const out = new Uint8Array(160).fill(7);
    encodeInto('PCMA', Int16Array.of(1000, -1000), 0, 160, out, 0);
    expect(out.subarray(2).every((b) => b === silenceByte('PCMA'))).toBe(true);
    expect(out[0]).toBe(alaw.encodeSample(1000));
  });
});
