/** Telephone audio everywhere in the speech providers: 8 kHz, mono, signed 16-bit, little-endian. */
export const SAMPLE_RATE = 8000;

/** sox arguments describing headerless telephone audio (on either side of a conversion). */
export const RAW_8K = ['-t', 'raw', '-r', String(SAMPLE_RATE), '-e', 'signed', '-b', '16', '-c', '1', '-L'];

/** Copies, because a Buffer's byte offset inside Node's pool need not be aligned for an Int16Array view. */
export function pcmFromBytes(bytes: Buffer): Int16Array {
  const pcm = new Int16Array(Math.floor(bytes.length / 2));
  for (let i = 0; i < pcm.length; i++) pcm[i] = bytes.readInt16LE(i * 2);
  return pcm;
}

export function bytesFromPcm(pcm: Int16Array): Buffer {
  const bytes = Buffer.alloc(pcm.length * 2);
  for (let i = 0; i < pcm.length; i++) bytes.writeInt16LE(pcm[i] ?? 0, i * 2);
  return bytes;
}

export function durationMs(pcm: Int16Array): number {
  return (pcm.length * 1000) / SAMPLE_RATE;
}

/** A 16-bit mono PCM WAV file. */
export function wavBytes(pcm: Int16Array, sampleRate: number): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + pcm.length * 2, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(pcm.length * 2, 40);
  return Buffer.concat([header, bytesFromPcm(pcm)]);
}

/**
 * 8 kHz → 16 kHz by inserting zeros, deliberately without an anti-imaging filter. The mirror image of the
 * telephone band lands in 4–8 kHz: the 3–4 kHz hiss of /s/ and /f/ reappears at 4–5 kHz, where the 16 kHz
 * acoustic model expects fricatives, and voicing lands above its 6.8 kHz filterbank. On espeak-ng speech
 * through 8 kHz this took exact grammar matches from 4/11 (sox's clean resampling) to 8/11, μ-law included.
 */
export function upsampleWithImage(pcm: Int16Array): Int16Array {
  const wide = new Int16Array(pcm.length * 2);
  for (let i = 0; i < pcm.length; i++) wide[i * 2] = pcm[i] ?? 0;
  return wide;
}
