import { describe, expect, it } from 'vitest';
import { DEFAULT_HANDLE_MINUTES, estimateWaitMinutes } from './estimate';

const now = Date.parse('2026-03-02T10:00:00Z');
const minutesAgo = (m: number) => now - m * 60_000;

describe('estimated wait', () => {
  it('assumes a few minutes per caller and agent while the queue has served nobody yet', () => {
    expect(estimateWaitMinutes({ position: 2, now, since: minutesAgo(60), served: [], staffed: 1 })).toBe(2 * DEFAULT_HANDLE_MINUTES);
    expect(estimateWaitMinutes({ position: 4, now, since: minutesAgo(60), served: [], staffed: 4 })).toBe(DEFAULT_HANDLE_MINUTES);
  });

  it('follows the rate the queue served callers at in the last half hour', () => {
    const tenInHalfAnHour = Array.from({ length: 10 }, (_, i) => minutesAgo(i * 3));
    expect(estimateWaitMinutes({ position: 5, now, since: minutesAgo(60), served: tenInHalfAnHour, staffed: 1 })).toBe(15);
    expect(estimateWaitMinutes({ position: 5, now, since: minutesAgo(60), served: [minutesAgo(45)], staffed: 5 })).toBe(3);
  });

  it('counts only the time since the ACD started, and never says less than a minute', () => {
    expect(estimateWaitMinutes({ position: 3, now, since: minutesAgo(3), served: [minutesAgo(2), minutesAgo(1), now], staffed: 1 })).toBe(3);
    expect(estimateWaitMinutes({ position: 1, now, since: minutesAgo(60), served: Array(30).fill(now), staffed: 1 })).toBe(1);
  });
});
