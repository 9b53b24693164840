import { sequenceDelta } from './rtp';

export interface Sequenced {
  sequenceNumber: number;
}

export type ReorderOutcome = 'delivered' | 'held' | 'duplicate' | 'stale' | 'restarted';

// A jump this large is not reordering but a new stream (the sender restarted its sequence).
const RESTART_DISTANCE = 100;

/**
 * Jitter tolerance for the caller's audio: in-order packets pass at once (no added delay); a
 * packet after a gap is held until the missing one arrives or `window` packets are waiting, then
 * the gap is declared lost. Duplicates and packets older than what was delivered are dropped.
 * `deliver` gets the number of packets lost just before this one, so a recording can keep time.
 */
export class ReorderBuffer<P extends Sequenced> {
  private expected: number | undefined;
  private readonly held = new Map<number, P>();

  constructor(private readonly deliver: (packet: P, lostBefore: number) => void, private readonly window = 4) {}

  push(packet: P): ReorderOutcome {
    const seq = packet.sequenceNumber;
    if (this.expected === undefined) return this.restart(packet, 'delivered');
    const delta = sequenceDelta(seq, this.expected);
    if (Math.abs(delta) > RESTART_DISTANCE) return this.restart(packet, 'restarted');
    if (delta < 0) return 'stale';
    if (this.held.has(seq)) return 'duplicate';
    if (delta === 0) {
      this.emit(packet, 0);
      this.drain();
      return 'delivered';
    }
    this.held.set(seq, packet);
    while (this.held.size >= this.window) this.skipGap();
    return 'held';
  }

  /** Delivers everything held, in order (end of a recording, or the stream changed). */
  flush(): void {
    while (this.held.size > 0) this.skipGap();
  }

  reset(): void {
    this.held.clear();
    this.expected = undefined;
  }

  private restart(packet: P, outcome: ReorderOutcome): ReorderOutcome {
    this.flush();
    this.expected = packet.sequenceNumber;
    this.emit(packet, 0);
    return outcome;
  }

  private emit(packet: P, lostBefore: number): void {
    this.expected = (packet.sequenceNumber + 1) & 0xffff;
    this.deliver(packet, lostBefore);
  }

  private drain(): void {
    for (let next = this.held.get(this.expected!); next; next = this.held.get(this.expected!)) {
      this.held.delete(next.sequenceNumber);
      this.emit(next, 0);
    }
  }

  private skipGap(): void {
    let oldest: P | undefined;
    let oldestDelta = Infinity;
    for (const packet of this.held.values()) {
      const delta = sequenceDelta(packet.sequenceNumber, this.expected!);
      if (delta < oldestDelta) [oldest, oldestDelta] = [packet, delta];
    }
    if (!oldest) return;
    this.held.delete(oldest.sequenceNumber);
    this.emit(oldest, oldestDelta);
    this.drain();
  }
}
