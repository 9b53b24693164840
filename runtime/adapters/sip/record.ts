import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from '../../../dsl/session/commands';
import { encodeWav } from './media';
import type { Line } from './line';
import { BEEP } from './tones';

type RecordMessage = Extract<Command, { type: 'recordMessage' }>;

const RATE = 8000;
/** A message ends after this much silence (the caller has finished and waits for us). */
export const SILENCE_ENDS_MESSAGE_MS = 5_000;
/** Frames quieter than this (RMS, 16-bit) count as silence. */
const SILENCE_RMS = 300;
const CHECK_EVERY_MS = 100;
export const RECORDING_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,250}\.wav$/;

export interface SavedRecording {
  file: string;
  url: string;
  /** Seconds of audio, to a tenth. */
  duration: number;
}

/** WAV files under DATA_DIR/recordings, named <session>-<n>.wav and served read-only by the feature. */
export class RecordingStore {
  private readonly counts = new Map<string, number>();

  constructor(
    readonly dir: string,
    /** Absolute base URL of this server, known once it listens. */
    private readonly baseUrl: () => string,
  ) {}

  async save(sessionId: string, pcm: Int16Array): Promise<SavedRecording> {
    const safe = sessionId.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 200);
    const n = (this.counts.get(sessionId) ?? 0) + 1;
    this.counts.set(sessionId, n);
    const file = `${safe}-${n}.wav`;
    await mkdir(this.dir, { recursive: true });
    await writeFile(join(this.dir, file), encodeWav(pcm, RATE));
    return { file, url: `${this.baseUrl()}/sip/recordings/${file}`, duration: Math.round((pcm.length / RATE) * 10) / 10 };
  }

  forget(sessionId: string): void {
    this.counts.delete(sessionId);
  }
}

function rms(frame: Int16Array): number {
  let sum = 0;
  for (const s of frame) sum += s * s;
  return frame.length === 0 ? 0 : Math.sqrt(sum / frame.length);
}

/**
 * A voicemail message: the beep, then the caller's audio until maxLength, '#', or 5 s of
 * silence. A caller who hangs up mid-message still leaves it: whatever was said is returned.
 */
export async function recordMessage(line: Line, command: RecordMessage): Promise<Int16Array> {
  if (command.beep) await line.play(BEEP);
  if (line.ended) return new Int16Array(0);
  return new Promise((resolve) => {
    const frames: Int16Array[] = [];
    const started = performance.now();
    let lastSound = started;
    const finish = () => {
      clearInterval(check);
      stopKeys();
      stopAudio();
      line.signal.removeEventListener('abort', finish);
      const out = new Int16Array(frames.reduce((sum, f) => sum + f.length, 0));
      let at = 0;
      for (const frame of frames) {
        out.set(frame, at);
        at += frame.length;
      }
      resolve(out);
    };
    const stopKeys = line.onKey((key) => {
      if (key === '#') finish();
    });
    const stopAudio = line.onAudio((frame) => {
      frames.push(frame);
      if (rms(frame) > SILENCE_RMS) lastSound = performance.now();
    });
    // Wall time, not frames: a caller whose phone sends nothing while quiet still gets cut off.
    const check = setInterval(() => {
      const now = performance.now();
      if (now - lastSound >= SILENCE_ENDS_MESSAGE_MS || now - started >= command.maxLength * 1000) finish();
    }, CHECK_EVERY_MS);
    line.signal.addEventListener('abort', finish, { once: true });
  });
}
