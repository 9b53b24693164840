import type { MediaSession } from './media';
import type { Log } from './prompts';

/**
 * One call's audio as the command helpers see it: play, listen for keys and audio, and a
 * signal that aborts once the call is over. MediaSession listeners cannot be removed, so the
 * line registers one of each and hands frames and keys to whoever listens right now.
 */
export class Line {
  private readonly keys = new Set<(key: string) => void>();
  private readonly audio = new Set<(pcm: Int16Array) => void>();
  private readonly over = new AbortController();

  constructor(
    readonly media: MediaSession,
    /** "call <Call-ID>" for log lines. */
    readonly name: string,
    private readonly logger: Log,
  ) {
    media.onDtmf((key) => this.keys.forEach((listener) => this.guard(() => listener(key))));
    media.onAudio((pcm) => this.audio.forEach((listener) => this.guard(() => listener(pcm))));
  }

  get signal(): AbortSignal {
    return this.over.signal;
  }

  get ended(): boolean {
    return this.over.signal.aborted;
  }

  end(): void {
    this.over.abort();
  }

  log(level: 'info' | 'warn' | 'error', message: string): void {
    this.logger(level, `${this.name}: ${message}`);
  }

  /** Plays to the end, or until `signal` (or the end of the call) interrupts it. */
  play(pcm: Int16Array, signal?: AbortSignal): Promise<'finished' | 'interrupted'> {
    if (pcm.length === 0) return Promise.resolve('finished');
    return this.media.play(pcm, signal ? AbortSignal.any([signal, this.signal]) : this.signal);
  }

  onKey(listener: (key: string) => void): () => void {
    this.keys.add(listener);
    return () => this.keys.delete(listener);
  }

  onAudio(listener: (pcm: Int16Array) => void): () => void {
    this.audio.add(listener);
    return () => this.audio.delete(listener);
  }

  /** Resolves after `ms`, or at once when the call ends or `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const signals = signal ? [signal, this.signal] : [this.signal];
      const done = () => {
        clearTimeout(timer);
        signals.forEach((s) => s.removeEventListener('abort', done));
        resolve();
      };
      const timer = setTimeout(done, ms);
      if (signals.some((s) => s.aborted)) return done();
      signals.forEach((s) => s.addEventListener('abort', done, { once: true }));
    });
  }

  private guard(run: () => void): void {
    try {
      run();
    } catch (error) {
      this.log('error', `listener failed: ${(error as Error).message}`);
    }
  }
}
