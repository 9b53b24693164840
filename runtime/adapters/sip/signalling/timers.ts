/** RFC 3261 §17.1.1.1 / Table 4 base timers, in milliseconds. */
export interface SipTimers {
  t1: number;
  t2: number;
  t4: number;
}

export const DEFAULT_TIMERS: SipTimers = { t1: 500, t2: 4000, t4: 5000 };

/** Every timer the endpoint starts, so close() can stop them all at once. */
export class TimerSet {
  private readonly handles = new Set<NodeJS.Timeout>();
  private stopped = false;

  /** After clear(), nothing is scheduled any more: a closed endpoint keeps no process alive. */
  after(ms: number, fn: () => void): () => void {
    if (this.stopped) return () => undefined;
    const handle = setTimeout(() => {
      this.handles.delete(handle);
      fn();
    }, ms);
    this.handles.add(handle);
    return () => {
      clearTimeout(handle);
      this.handles.delete(handle);
    };
  }

  /** Retransmission schedule of timers A/E/G and the 2xx rule of §13.3.1.4: T1, doubling, capped at T2. */
  backoff(timers: SipTimers, fn: () => void): () => void {
    let interval = timers.t1;
    let cancel = (): void => undefined;
    const tick = (): void => {
      fn();
      interval = Math.min(interval * 2, timers.t2);
      cancel = this.after(interval, tick);
    };
    cancel = this.after(interval, tick);
    return () => cancel();
  }

  clear(): void {
    this.stopped = true;
    for (const handle of this.handles) clearTimeout(handle);
    this.handles.clear();
  }
}
