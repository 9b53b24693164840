import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeWav, encodeWav, WavError } from './wav';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('WAV', () => {
  it('round-trips 8 kHz mono PCM', () => {
    const pcm = Int16Array.of(0, 1, -1, 32767, -32768, 1234);
    const wav = encodeWav(pcm);
    expect(wav.length).toBe(44 + 12);
    expect(decodeWav(wav)).toEqual({ sampleRate: 8000, channels: 1, pcm });
  });

  it('writes a file sox reads as 16-bit mono at the given rate', () => {
    dir = mkdtempSync(join(tmpdir(), 'wav-'));
    const file = join(dir, 'caller.wav');
    writeFileSync(file, encodeWav(new Int16Array(16000), 16000));
    const info = execFileSync('soxi', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Channels\s*: 1/);
    expect(info).toMatch(/Sample Rate\s*: 16000/);
    expect(info).toMatch(/Precision\s*: 16-bit/);
    expect(info).toMatch(/Duration\s*: 00:00:01\.00/);
  });

  it('reads stereo written by sox as mono', () => {
    dir = mkdtempSync(join(tmpdir(), 'wav-'));
    const file = join(dir, 'stereo.wav');
    execFileSync('sox', ['-n', '-r', '22050', '-c', '2', '-b', '16', file, 'synth', '0.1', 'sine', '440']);
    const decoded = decodeWav(readFileSync(file));
    expect(decoded).toMatchObject({ sampleRate: 22050, channels: 2 });
    expect(decoded.pcm.length).toBe(2205);
    expect(decoded.pcm.some((sample) => Math.abs(sample) > 1000)).toBe(true);
  });

  it.each([
    ['not RIFF', Buffer.from('hello world, not a wave')],
    ['8-bit', (() => { const w = encodeWav(Int16Array.of(1)); w.writeUInt16LE(8, 34); return w; })()],
    ['no data chunk', encodeWav(new Int16Array(0)).subarray(0, 36)],
  ])('rejects %s with WavError', (_name, data) => {
    expect(() => decodeWav(data)).toThrow(WavError);
  });
});
