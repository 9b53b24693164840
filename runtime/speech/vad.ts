import { SAMPLE_RATE } from './pcm';

export interface UtteranceDetectorOptions {
  /** Silence that ends an utterance. */
  silenceMs?: number;
  /** Loud audio must last this long to count as speech (a click or a cough on the line does not). */
  minSpeechMs?: number;
  /** Speech longer than this is cut and returned, so a noisy line cannot keep the recogniser waiting. */
  maxMs?: number;
  /** Audio kept from before speech was detected: the soft start of the first word. */
  leadInMs?: number;
  /** Quietest RMS counted as speech, whatever the noise floor (16-bit scale). */
  minThreshold?: number;
}

const FRAME = (SAMPLE_RATE * 20) / 1000;
/** Silence kept after the speech: recognisers place the end of the last word better with some. */
const TAIL_MS = 300;
const NOISE_FACTOR = 3;
const FLOOR_RISE = 0.01;

function rms(frame: Int16Array): number {
  let sum = 0;
  for (const s of frame) sum += s * s;
  return Math.sqrt(sum / frame.length);
}

/**
 * Energy endpointing on 20 ms frames with a noise floor that follows the line: speech begins when frames stay
 * above max(minThreshold, 3 × floor) for minSpeechMs, and ends after silenceMs below it. The floor is learnt
 * from the first frame on, so audio must begin with the line's background, not with speech (after a prompt,
 * or after reset(), it does).
 */
export class UtteranceDetector {
  private readonly silenceFrames: number;
  private readonly minSpeechFrames: number;
  private readonly maxFrames: number;
  private readonly leadInFrames: number;
  private readonly minThreshold: number;
  private pending = new Int16Array(0);
  private ready: Int16Array[] = [];
  private before: Int16Array[] = [];
  private speech: Int16Array[] = [];
  private loudRun = 0;
  private quietRun = 0;
  private inSpeech = false;
  private floor: number | undefined;

  constructor(options: UtteranceDetectorOptions = {}) {
    const frames = (ms: number) => Math.max(1, Math.round(ms / 20));
    this.silenceFrames = frames(options.silenceMs ?? 700);
    this.minSpeechFrames = frames(options.minSpeechMs ?? 100);
    this.maxFrames = frames(options.maxMs ?? 15_000);
    this.leadInFrames = frames(options.leadInMs ?? 200);
    this.minThreshold = options.minThreshold ?? 300;
  }

  /**
   * Audio in any chunk size; returns a whole utterance once its silence has passed. A chunk holding two
   * utterances (only when fed in big blocks) returns the second on the next push.
   */
  push(chunk: Int16Array): Int16Array | undefined {
    const joined = new Int16Array(this.pending.length + chunk.length);
    joined.set(this.pending);
    joined.set(chunk, this.pending.length);
    let offset = 0;
    for (; offset + FRAME <= joined.length; offset += FRAME) {
      const utterance = this.frame(joined.subarray(offset, offset + FRAME));
      if (utterance) this.ready.push(utterance);
    }
    this.pending = joined.slice(offset);
    return this.ready.shift();
  }

  reset(): void {
    this.pending = new Int16Array(0);
    this.ready = [];
    this.before = [];
    this.speech = [];
    this.loudRun = 0;
    this.quietRun = 0;
    this.inSpeech = false;
    this.floor = undefined;
  }

  private frame(frame: Int16Array): Int16Array | undefined {
    const level = rms(frame);
    const floor = (this.floor ??= level);
    const loud = level > Math.max(this.minThreshold, NOISE_FACTOR * floor);
    if (!this.inSpeech) return this.waitForSpeech(frame, level, floor, loud);
    this.speech.push(frame);
    this.quietRun = loud ? 0 : this.quietRun + 1;
    if (this.quietRun >= this.silenceFrames) {
      const tail = Math.max(0, this.quietRun - Math.round(TAIL_MS / 20));
      return this.finish(this.speech.length - tail);
    }
    if (this.speech.length >= this.maxFrames) return this.finish(this.speech.length);
    return undefined;
  }

  private waitForSpeech(frame: Int16Array, level: number, floor: number, loud: boolean): undefined {
    // The floor starts at the line's first frame, drops at once to quieter audio and rises only slowly, so the
    // onset of speech barely moves it while a line that got noisier is learnt within seconds.
    this.floor = level < floor ? level : floor + (level - floor) * FLOOR_RISE;
    this.before.push(frame);
    this.loudRun = loud ? this.loudRun + 1 : 0;
    if (this.loudRun >= this.minSpeechFrames) {
      const start = Math.max(0, this.before.length - this.loudRun - this.leadInFrames);
      this.speech = this.before.slice(start);
      this.before = [];
      this.inSpeech = true;
      this.quietRun = 0;
    } else if (this.before.length > this.leadInFrames + this.minSpeechFrames) {
      this.before.shift();
    }
    return undefined;
  }

  private finish(frames: number): Int16Array {
    const kept = this.speech.slice(0, frames);
    const utterance = new Int16Array(kept.length * FRAME);
    kept.forEach((frame, i) => utterance.set(frame, i * FRAME));
    this.speech = [];
    this.inSpeech = false;
    this.loudRun = 0;
    this.quietRun = 0;
    return utterance;
  }
}
