import { performance } from 'node:perf_hooks';

/** Something that may send one frame per tick (a MediaSession while it plays). */
export interface PacedStream {
  /**
   * Called once per tick, due `latenessMs` ago (≥ 0). Returns true when a packet left, so the
   * pacer can count it.
   */
  onTick(latenessMs: number): boolean;
}

export interface PacerClock {
  now(): number;
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface PacerOptions {
  frameMs?: number;
  /** A packet leaving more than this after its due time is late. */
  lateThresholdMs?: number;
  /** Ticks run back to back after a stall before the schedule is moved instead. */
  maxCatchUpTicks?: number;
  clock?: PacerClock;
}

export interface PacerStats {
  streams: number;
  ticks: number;
  sent: number;
  late: number;
  maxLatenessMs: number;
  /** Times the schedule was moved forward because the process stalled for longer than the catch-up allows. */
  resyncs: number;
}

const realClock: PacerClock = {
  now: () => performance.now(),
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * One clock for every call in the process: each tick sends the next frame of every playing
 * stream, so 100 calls cost one timer, not 100. Ticks are scheduled from a start time (tick n is
 * due at start + n·frame), so timer jitter never accumulates into drift. After a short stall the
 * missed ticks run back to back (the receiver's jitter buffer absorbs that); after a long one
 * (GC pause, suspended VM) the schedule moves on instead, so the far end never gets a burst of
 * seconds of audio at once.
 */
export class Pacer {
  private readonly frameMs: number;
  private readonly lateThresholdMs: number;
  private readonly maxCatchUpTicks: number;
  private readonly clock: PacerClock;
  private readonly streams = new Set<PacedStream>();
  private timer: unknown;
  private running = false;
  private origin = 0;
  private tick = 0;
  private counters = { ticks: 0, sent: 0, late: 0, maxLatenessMs: 0, resyncs: 0 };

  constructor(options: PacerOptions = {}) {
    this.frameMs = options.frameMs ?? 20;
    this.lateThresholdMs = options.lateThresholdMs ?? 10;
    this.maxCatchUpTicks = options.maxCatchUpTicks ?? 3;
    this.clock = options.clock ?? realClock;
  }

  /** The stream's first frame goes with the next tick of the shared schedule. */
  add(stream: PacedStream): void {
    this.streams.add(stream);
    if (this.timer === undefined && !this.running) {
      // Back on the old grid after an idle spell: a prompt started right after another one
      // ended (await play(); play()) continues on the very next tick, with no gap.
      const now = this.clock.now();
      if (this.tick === 0) this.origin = now;
      this.tick = Math.floor((now - this.origin) / this.frameMs) + 1;
      this.schedule();
    }
  }

  remove(stream: PacedStream): void {
    this.streams.delete(stream);
    if (this.streams.size === 0 && this.timer !== undefined) {
      this.clock.clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  isLate(latenessMs: number): boolean {
    return latenessMs > this.lateThresholdMs;
  }

  stats(): PacerStats {
    return { streams: this.streams.size, ...this.counters };
  }

  resetStats(): void {
    this.counters = { ticks: 0, sent: 0, late: 0, maxLatenessMs: 0, resyncs: 0 };
  }

  private schedule(): void {
    const delay = Math.max(0, this.origin + this.tick * this.frameMs - this.clock.now());
    this.timer = this.clock.setTimeout(this.run, delay);
  }

  private readonly run = (): void => {
    this.timer = undefined;
    this.running = true;
    let ran = 0;
    while (this.streams.size > 0 && this.origin + this.tick * this.frameMs <= this.clock.now()) {
      if (ran === this.maxCatchUpTicks) {
        // Too far behind: let the next tick be one frame from now.
        this.origin = this.clock.now() + this.frameMs - this.tick * this.frameMs;
        this.counters.resyncs++;
        break;
      }
      this.runTick(this.origin + this.tick * this.frameMs);
      this.tick++;
      ran++;
    }
    this.running = false;
    if (this.streams.size > 0) this.schedule();
  };

  private runTick(due: number): void {
    this.counters.ticks++;
    for (const stream of this.streams) {
      const lateness = Math.max(0, this.clock.now() - due);
      let sent = false;
      try {
        sent = stream.onTick(lateness);
      } catch {
        // A stream's failure must not stop the others' audio; streams log their own errors.
      }
      if (!sent) continue;
      this.counters.sent++;
      if (lateness > this.lateThresholdMs) this.counters.late++;
      if (lateness > this.counters.maxLatenessMs) this.counters.maxLatenessMs = lateness;
    }
  }
}

/** The process-wide pacer every MediaSession uses. */
export const sharedPacer = new Pacer();
