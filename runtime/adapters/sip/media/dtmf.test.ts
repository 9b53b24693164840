import { describe, expect, it } from 'vitest';
import { DtmfDetector, telephoneEventPayload } from './dtmf';

/** What a phone sends for one key press (RFC 4733 §2.5.1): updates, then the end packet three times. */
function press(event: number): Uint8Array[] {
  return [
    telephoneEventPayload(event, false, 160),
    telephoneEventPayload(event, false, 320),
    telephoneEventPayload(event, false, 480),
    telephoneEventPayload(event, true, 640),
    telephoneEventPayload(event, true, 640),
    telephoneEventPayload(event, true, 640),
  ];
}

function detect(detector: DtmfDetector, ssrc: number, timestamp: number, payloads: Uint8Array[]): string[] {
  return payloads.map((payload) => detector.push(ssrc, timestamp, payload)).filter((key) => key !== undefined);
}

describe('DtmfDetector', () => {
  it('reports a key once despite updates and redundant end packets', () => {
    expect(detect(new DtmfDetector(), 1, 1000, press(5))).toEqual(['5']);
  });

  it('reports the same key again for a new event (new timestamp)', () => {
    const detector = new DtmfDetector();
    expect([...detect(detector, 1, 1000, press(1)), ...detect(detector, 1, 3000, press(1))]).toEqual(['1', '1']);
  });

  it('ignores a late end packet of an earlier event after the next one started', () => {
    const detector = new DtmfDetector();
    detect(detector, 1, 1000, press(1));
    detect(detector, 1, 3000, press(2));
    expect(detector.push(1, 1000, telephoneEventPayload(1, true, 640))).toBeUndefined();
  });

  it('maps the named events to keys and ignores flash and truncated payloads', () => {
    const detector = new DtmfDetector();
    const keys = [0, 9, 10, 11, 12, 15].map((event, i) => detector.push(1, i * 1000, telephoneEventPayload(event, false, 160)));
    expect(keys).toEqual(['0', '9', '*', '#', 'A', 'D']);
    expect(detector.push(1, 99000, telephoneEventPayload(16, false, 160))).toBeUndefined();
    expect(detector.push(1, 99160, Uint8Array.of(1, 2))).toBeUndefined();
  });
});
