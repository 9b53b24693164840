import { describe, expect, it } from 'vitest';
import { ReorderBuffer } from './reorder';

function harness(window = 4) {
  const delivered: Array<[number, number]> = [];
  const buffer = new ReorderBuffer<{ sequenceNumber: number }>((packet, lost) => delivered.push([packet.sequenceNumber, lost]), window);
  const push = (...seqs: number[]) => seqs.map((sequenceNumber) => buffer.push({ sequenceNumber }));
  return { delivered, buffer, push };
}

describe('ReorderBuffer', () => {
  it('passes in-order packets through at once, across the sequence wrap', () => {
    const { delivered, push } = harness();
    push(65534, 65535, 0, 1);
    expect(delivered).toEqual([[65534, 0], [65535, 0], [0, 0], [1, 0]]);
  });

  it('puts swapped packets back in order', () => {
    const { delivered, push } = harness();
    expect(push(10, 12, 11, 13)).toEqual(['delivered', 'held', 'delivered', 'delivered']);
    expect(delivered.map(([seq]) => seq)).toEqual([10, 11, 12, 13]);
  });

  it('drops duplicates and packets whose place has passed', () => {
    const { delivered, push } = harness();
    expect(push(10, 11, 11, 13, 13, 10)).toEqual(['delivered', 'delivered', 'stale', 'held', 'duplicate', 'stale']);
    expect(delivered).toEqual([[10, 0], [11, 0]]);
  });

  it('gives up on a lost packet when the window is full, reporting the gap', () => {
    const { delivered, push } = harness(3);
    push(1, 3, 4, 5);
    expect(delivered).toEqual([[1, 0], [3, 1], [4, 0], [5, 0]]);
  });

  it('flushes what it holds, and restarts on a sequence jump', () => {
    const { delivered, buffer, push } = harness();
    push(1, 3);
    buffer.flush();
    expect(push(5000)).toEqual(['restarted']);
    expect(delivered).toEqual([[1, 0], [3, 1], [5000, 0]]);
  });
});
