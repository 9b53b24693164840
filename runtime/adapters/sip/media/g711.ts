import { createRequire } from 'node:module';
import type * as AlawMulaw from 'alawmulaw';

// alawmulaw ships a UMD bundle as "main" and ESM only under "module": Node's ESM loader cannot
// see named exports in the UMD file (bundlers can), so it is required as CommonJS everywhere.
const { alaw, mulaw } = createRequire(import.meta.url)('alawmulaw') as typeof AlawMulaw;

export type Codec = 'PCMU' | 'PCMA';

/** RFC 3551 static payload types. */
export const staticPayloadType: Record<Codec, number> = { PCMU: 0, PCMA: 8 };

// The pacer encodes a frame for every playing call every 20 ms; alawmulaw's array API allocates a
// new Uint8Array per call, so its per-sample functions fill lookup tables once and the hot path
// only indexes them (64 KiB per codec to encode, 256 entries to decode).
function encodeTable(encodeSample: (sample: number) => number): Uint8Array {
  const table = new Uint8Array(65536);
  for (let i = 0; i < 65536; i++) table[i] = encodeSample(i < 32768 ? i : i - 65536);
  return table;
}
function decodeTable(decodeSample: (sample: number) => number): Int16Array {
  const table = new Int16Array(256);
  for (let i = 0; i < 256; i++) table[i] = decodeSample(i);
  return table;
}

const encoders: Record<Codec, Uint8Array> = { PCMU: encodeTable(mulaw.encodeSample), PCMA: encodeTable(alaw.encodeSample) };
const decoders: Record<Codec, Int16Array> = { PCMU: decodeTable(mulaw.decodeSample), PCMA: decodeTable(alaw.decodeSample) };

/** The byte a silent (zero) sample encodes to: what a short last frame is padded with. */
export function silenceByte(codec: Codec): number {
  return encoders[codec][0]!;
}

/**
 * Encodes `count` samples of `pcm` from `from` into `out` at `outOffset`, padding with silence
 * past the end of `pcm` (the last frame of a prompt is rarely a whole 20 ms).
 */
export function encodeInto(codec: Codec, pcm: Int16Array, from: number, count: number, out: Uint8Array, outOffset: number): void {
  const table = encoders[codec];
  const available = Math.max(0, Math.min(count, pcm.length - from));
  for (let i = 0; i < available; i++) out[outOffset + i] = table[pcm[from + i]! & 0xffff]!;
  if (available < count) out.fill(table[0]!, outOffset + available, outOffset + count);
}

export function encode(codec: Codec, pcm: Int16Array): Uint8Array {
  const out = new Uint8Array(pcm.length);
  encodeInto(codec, pcm, 0, pcm.length, out, 0);
  return out;
}

export function decode(codec: Codec, payload: Uint8Array): Int16Array {
  const table = decoders[codec];
  const out = new Int16Array(payload.length);
  for (let i = 0; i < payload.length; i++) out[i] = table[payload[i]!]!;
  return out;
}

export function codecForPayloadType(payloadType: number): Codec | undefined {
  if (payloadType === 0) return 'PCMU';
  if (payloadType === 8) return 'PCMA';
  return undefined;
}
