import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRtp, parseRtp, RtpError, sequenceDelta } from './rtp';

describe('RTP packets', () => {
  it('round-trips a packet with CSRCs, a header extension and padding', () => {
    const packet = {
      marker: true,
      payloadType: 8,
      sequenceNumber: 65535,
      timestamp: 0xfffffff0,
      ssrc: 0xdeadbeef,
      csrcs: [1, 0xffffffff],
      extension: { profile: 0xbede, data: Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8) },
      payload: Uint8Array.from({ length: 160 }, (_, i) => i),
      paddingLength: 3,
    };
    const parsed = parseRtp(buildRtp(packet));
    expect({ ...parsed, payload: [...parsed.payload], extension: { ...parsed.extension, data: [...parsed.extension!.data] } }).toEqual({
      ...packet,
      payload: [...packet.payload],
      extension: { profile: 0xbede, data: [...packet.extension.data] },
    });
  });

  it('round-trips any fixed header and payload', () => {
    fc.assert(
      fc.property(
        fc.record({
          marker: fc.boolean(),
          payloadType: fc.integer({ min: 0, max: 127 }).filter((pt) => pt < 72 || pt > 76),
          sequenceNumber: fc.integer({ min: 0, max: 0xffff }),
          timestamp: fc.nat({ max: 0xffffffff }),
          ssrc: fc.nat({ max: 0xffffffff }),
          payload: fc.uint8Array({ maxLength: 400 }),
        }),
        (packet) => {
          const parsed = parseRtp(buildRtp(packet));
          expect(parsed).toMatchObject({ ...packet, payload: expect.anything(), csrcs: [], paddingLength: 0 });
          expect([...parsed.payload]).toEqual([...packet.payload]);
        },
      ),
    );
  });

  it('never throws anything but RtpError on random bytes', () => {
    fc.assert(
      // Half the inputs look like RTP v2 so the checks past the version are exercised too.
      fc.property(fc.uint8Array({ maxLength: 80 }), fc.boolean(), (bytes, looksLikeRtp) => {
        if (looksLikeRtp && bytes.length > 0) bytes[0] = 0x80 | (bytes[0]! & 0x3f);
        try {
          const parsed = parseRtp(bytes);
          expect(parsed.payload.length).toBeLessThanOrEqual(bytes.length);
        } catch (error) {
          expect(error).toBeInstanceOf(RtpError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['a short datagram', Uint8Array.of(0x80, 0, 0), /too short/],
    ['version 1', Uint8Array.from({ length: 12 }, (_, i) => (i === 0 ? 0x40 : 0)), /version 1/],
    ['CSRCs beyond the end', Uint8Array.from({ length: 12 }, (_, i) => (i === 0 ? 0x8f : 0)), /CSRCs/],
    ['a truncated extension', Uint8Array.from({ length: 14 }, (_, i) => (i === 0 ? 0x90 : 0)), /extension/],
    ['padding longer than the payload', Uint8Array.from({ length: 14 }, (_, i) => (i === 0 ? 0xa0 : i === 13 ? 9 : 0)), /padding/],
    ['RTCP', Uint8Array.from({ length: 12 }, (_, i) => (i === 0 ? 0x80 : i === 1 ? 200 : 0)), /RTCP/],
  ])('rejects %s', (_name, bytes, message) => {
    expect(() => parseRtp(bytes)).toThrow(RtpError);
    expect(() => parseRtp(bytes)).toThrow(message);
  });

  it('compares sequence numbers across the wrap', () => {
    expect(sequenceDelta(2, 65534)).toBe(4);
    expect(sequenceDelta(65534, 2)).toBe(-4);
    expect(sequenceDelta(7, 7)).toBe(0);
  });
});
