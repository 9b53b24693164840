/** RFC 4733 §3.2 named events 0–15; 16 (flash) is not a key. */
const KEYS = '0123456789*#ABCD';

export interface TelephoneEvent {
  event: number;
  end: boolean;
  volume: number;
  duration: number;
}

/** Parses the 4-byte telephone-event payload; undefined when too short. */
export function parseTelephoneEvent(payload: Uint8Array): TelephoneEvent | undefined {
  if (payload.length < 4) return undefined;
  return {
    event: payload[0]!,
    end: (payload[1]! & 0x80) !== 0,
    volume: payload[1]! & 0x3f,
    duration: (payload[2]! << 8) | payload[3]!,
  };
}

export function telephoneEventPayload(event: number, end: boolean, duration: number, volume = 10): Uint8Array {
  return Uint8Array.of(event & 0xff, (end ? 0x80 : 0) | (volume & 0x3f), (duration >> 8) & 0xff, duration & 0xff);
}

export function keyForEvent(event: number): string | undefined {
  return KEYS[event];
}

// Enough to recognise the stragglers of recent events (redundant end packets, reordering) while
// a caller types quickly.
const REMEMBERED_EVENTS = 16;

/**
 * Turns a stream of telephone-event packets into key presses. RFC 4733 §2.5.1: all packets of one
 * event carry the event's start timestamp and the end packet is sent three times, so an event is
 * identified by (SSRC, timestamp): the first packet of an event reports its key — at once, for
 * barge-in — and every later packet of it is ignored. A new timestamp is a new press, even of the
 * same key.
 */
export class DtmfDetector {
  private readonly seen: string[] = [];

  /** Returns the key when this packet starts a new event, undefined otherwise (also for junk). */
  push(ssrc: number, timestamp: number, payload: Uint8Array): string | undefined {
    const parsed = parseTelephoneEvent(payload);
    if (!parsed) return undefined;
    const key = keyForEvent(parsed.event);
    if (key === undefined) return undefined;
    const id = `${ssrc >>> 0}:${timestamp >>> 0}`;
    if (this.seen.includes(id)) return undefined;
    this.seen.push(id);
    if (this.seen.length > REMEMBERED_EVENTS) this.seen.shift();
    return key;
  }
}
