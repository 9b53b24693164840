import { describe, expect, it } from 'vitest';
import { Pacer, type PacedStream, type PacerClock } from './pacer';

/**
 * A clock the test moves by hand. `lag` makes every timer fire that much late; nothing fires
 * before `blockedUntil` (an event loop busy with something else).
 */
class ManualClock implements PacerClock {
  time = 1000;
  lag = 0;
  blockedUntil = 0;
  private timers: Array<{ at: number; callback: () => void; id: number }> = [];
  private ids = 0;
  now = () => this.time;
  setTimeout = (callback: () => void, delayMs: number) => {
    const id = ++this.ids;
    this.timers.push({ at: this.time + delayMs, callback, id });
    return id;
  };
  clearTimeout = (handle: unknown) => {
    this.timers = this.timers.filter((timer) => timer.id !== handle);
  };
  /** Moves time forward by `byMs`, firing due timers in order (bounded). */
  advance(byMs: number): void {
    const until = this.time + byMs;
    const firesAt = (timer: { at: number }) => Math.max(timer.at, this.blockedUntil) + this.lag;
    for (let fired = 0; fired < 10_000; fired++) {
      this.timers.sort((a, b) => firesAt(a) - firesAt(b));
      const next = this.timers[0];
      if (!next || firesAt(next) > until) break;
      this.timers.shift();
      this.time = Math.max(this.time, firesAt(next));
      next.callback();
    }
    this.time = until;
  }
  get pending(): number {
    return this.timers.length;
  }
}

class RecordingStream implements PacedStream {
  readonly ticks: Array<{ at: number; lateness: number }> = [];
  constructor(private readonly clock: ManualClock, private frames = Infinity) {}
  onTick(lateness: number): boolean {
    if (this.frames-- <= 0) return false;
    this.ticks.push({ at: this.clock.now(), lateness });
    return true;
  }
}

describe('Pacer', () => {
  it('ticks every stream from one timer, every 20 ms', () => {
    const clock = new ManualClock();
    const pacer = new Pacer({ clock });
    const streams = [1, 2, 3].map(() => new RecordingStream(clock));
    streams.forEach((stream) => pacer.add(stream));
    clock.advance(100);
    expect(clock.pending).toBe(1);
    for (const stream of streams) expect(stream.ticks.map((tick) => tick.at)).toEqual([1020, 1040, 1060, 1080, 1100]);
    expect(pacer.stats()).toMatchObject({ streams: 3, ticks: 5, sent: 15, late: 0 });
  });

  it('does not drift when every timer fires late', () => {
    const clock = new ManualClock();
    clock.lag = 3;
    const pacer = new Pacer({ clock });
    const stream = new RecordingStream(clock);
    pacer.add(stream);
    clock.advance(1003);
    // Due times stay on the 20 ms grid: 50 ticks in one second, each 3 ms late, none counted late.
    expect(stream.ticks).toHaveLength(50);
    expect(stream.ticks.every((tick) => tick.lateness === 3)).toBe(true);
    expect(pacer.stats()).toMatchObject({ late: 0, maxLatenessMs: 3 });
  });

  it('catches up a short stall back to back and counts the late packets', () => {
    const clock = new ManualClock();
    const pacer = new Pacer({ clock, maxCatchUpTicks: 3 });
    const stream = new RecordingStream(clock);
    pacer.add(stream);
    clock.advance(20);
    clock.blockedUntil = 1075; // ticks due at 1040 and 1060 both run at 1075
    clock.advance(80);
    expect(stream.ticks.map((tick) => [tick.at, tick.lateness])).toEqual([[1020, 0], [1075, 35], [1075, 15], [1080, 0], [1100, 0]]);
    expect(pacer.stats()).toMatchObject({ sent: 5, late: 2, maxLatenessMs: 35, resyncs: 0 });
  });

  it('moves the schedule on after a long stall instead of bursting', () => {
    const clock = new ManualClock();
    const pacer = new Pacer({ clock, maxCatchUpTicks: 3 });
    const stream = new RecordingStream(clock);
    pacer.add(stream);
    clock.advance(20);
    clock.blockedUntil = 2020; // a one-second stall: 49 ticks missed
    clock.advance(1000);
    expect(stream.ticks.map((tick) => tick.at)).toEqual([1020, 2020, 2020, 2020]);
    clock.advance(40);
    expect(stream.ticks.map((tick) => tick.at).slice(4)).toEqual([2040, 2060]);
    expect(pacer.stats().resyncs).toBe(1);
  });

  it('keeps its grid across idle spells, so a prompt right after another one has no gap', () => {
    const clock = new ManualClock();
    const pacer = new Pacer({ clock });
    const first = new RecordingStream(clock, 2);
    pacer.add(first);
    clock.advance(60); // ticks at 1020 and 1040, then an idle tick at 1060 that removes nothing
    pacer.remove(first);
    clock.advance(7);
    const second = new RecordingStream(clock);
    pacer.add(second);
    clock.advance(40);
    expect(second.ticks.map((tick) => tick.at)).toEqual([1080, 1100]);
  });

  it('stops its timer when the last stream leaves', () => {
    const clock = new ManualClock();
    const pacer = new Pacer({ clock });
    const stream = new RecordingStream(clock);
    pacer.add(stream);
    clock.advance(40);
    pacer.remove(stream);
    expect(clock.pending).toBe(0);
    expect(pacer.stats().streams).toBe(0);
  });

  it('keeps ticking the other streams when one throws', () => {
    const clock = new ManualClock();
    const pacer = new Pacer({ clock });
    const good = new RecordingStream(clock);
    pacer.add({ onTick: () => { throw new Error('broken stream'); } });
    pacer.add(good);
    clock.advance(40);
    expect(good.ticks).toHaveLength(2);
  });
});
