export class WavError extends Error {
  override readonly name = 'WavError';
}

/** 16-bit PCM mono WAV (RIFF, little-endian), as `record` and `voicemail` store the caller. */
export function encodeWav(pcm: Int16Array, sampleRate = 8000): Buffer {
  const dataLength = pcm.length * 2;
  const out = Buffer.alloc(44 + dataLength);
  out.write('RIFF', 0, 'ascii');
  out.writeUInt32LE(36 + dataLength, 4);
  out.write('WAVE', 8, 'ascii');
  out.write('fmt ', 12, 'ascii');
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20);              // PCM
  out.writeUInt16LE(1, 22);              // mono
  out.writeUInt32LE(sampleRate, 24);
  out.writeUInt32LE(sampleRate * 2, 28); // byte rate
  out.writeUInt16LE(2, 32);              // block align
  out.writeUInt16LE(16, 34);             // bits per sample
  out.write('data', 36, 'ascii');
  out.writeUInt32LE(dataLength, 40);
  for (let i = 0; i < pcm.length; i++) out.writeInt16LE(pcm[i]!, 44 + i * 2);
  return out;
}

export interface DecodedWav {
  sampleRate: number;
  channels: number;
  /** Mono samples (stereo is averaged). */
  pcm: Int16Array;
}

/** Reads 16-bit PCM WAV (mono or stereo, any rate); anything else throws WavError. */
export function decodeWav(data: Uint8Array): DecodedWav {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (buf.length < 12 || buf.toString('ascii', 0, 4) !== 'RIFF' || buf.toString('ascii', 8, 12) !== 'WAVE') {
    throw new WavError('not a RIFF/WAVE file');
  }
  let format: { channels: number; sampleRate: number; bits: number; tag: number } | undefined;
  let offset = 12;
  while (offset + 8 <= buf.length) {
    const id = buf.toString('ascii', offset, offset + 4);
    const size = buf.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      if (size < 16 || body + 16 > buf.length) throw new WavError('truncated fmt chunk');
      format = { tag: buf.readUInt16LE(body), channels: buf.readUInt16LE(body + 2), sampleRate: buf.readUInt32LE(body + 4), bits: buf.readUInt16LE(body + 14) };
    } else if (id === 'data') {
      if (!format) throw new WavError('data chunk before fmt chunk');
      // WAVE_FORMAT_EXTENSIBLE (0xfffe) carries PCM too; its subformat is not checked here.
      if ((format.tag !== 1 && format.tag !== 0xfffe) || format.bits !== 16) throw new WavError(`unsupported WAV format ${format.tag}/${format.bits}-bit (16-bit PCM only)`);
      if (format.channels !== 1 && format.channels !== 2) throw new WavError(`${format.channels} channels (mono or stereo only)`);
      const length = Math.min(size, buf.length - body); // tolerate a data size that overstates the file (streamed writers)
      const frames = Math.floor(length / (2 * format.channels));
      const pcm = new Int16Array(frames);
      for (let i = 0; i < frames; i++) {
        const at = body + i * 2 * format.channels;
        pcm[i] = format.channels === 1 ? buf.readInt16LE(at) : (buf.readInt16LE(at) + buf.readInt16LE(at + 2)) >> 1;
      }
      return { sampleRate: format.sampleRate, channels: format.channels, pcm };
    }
    offset = body + size + (size % 2); // chunks are word-aligned
  }
  throw new WavError('no data chunk');
}
