/** RTP fixed header and its optional parts (RFC 3550 §5.1). */
export interface RtpPacket {
  marker: boolean;
  payloadType: number;
  sequenceNumber: number;
  timestamp: number;
  ssrc: number;
  csrcs: number[];
  extension?: { profile: number; data: Uint8Array };   // data length is a multiple of 4
  payload: Uint8Array;
  paddingLength: number;                                 // 0 = no padding
}

export class RtpError extends Error {
  override readonly name = 'RtpError';
}

export const RTP_HEADER_LENGTH = 12;

/**
 * Parses one datagram. Never reads past `data`; anything that is not a well-formed RTP v2 packet
 * throws RtpError with the reason. The payload is a view into `data`, not a copy.
 */
export function parseRtp(data: Uint8Array): RtpPacket {
  if (data.length < RTP_HEADER_LENGTH) throw new RtpError(`too short for an RTP header (${data.length} bytes)`);
  const b0 = data[0]!;
  const b1 = data[1]!;
  const version = b0 >> 6;
  if (version !== 2) throw new RtpError(`RTP version ${version}, expected 2`);
  if (isRtcpPacketType(b1)) throw new RtpError(`RTCP packet (type ${b1}), not RTP`);
  const csrcCount = b0 & 0x0f;
  let offset = RTP_HEADER_LENGTH + csrcCount * 4;
  if (offset > data.length) throw new RtpError(`${csrcCount} CSRCs do not fit in ${data.length} bytes`);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const csrcs: number[] = [];
  for (let i = 0; i < csrcCount; i++) csrcs.push(view.getUint32(RTP_HEADER_LENGTH + i * 4));
  let extension: RtpPacket['extension'];
  if (b0 & 0x10) {
    if (offset + 4 > data.length) throw new RtpError('header extension truncated');
    const profile = view.getUint16(offset);
    const words = view.getUint16(offset + 2);
    const end = offset + 4 + words * 4;
    if (end > data.length) throw new RtpError(`header extension of ${words} words does not fit`);
    extension = { profile, data: data.subarray(offset + 4, end) };
    offset = end;
  }
  let end = data.length;
  let paddingLength = 0;
  if (b0 & 0x20) {
    paddingLength = data[data.length - 1]!;
    // RFC 3550: the last octet counts itself, so 0 is invalid.
    if (paddingLength === 0 || paddingLength > end - offset) throw new RtpError(`invalid padding length ${paddingLength}`);
    end -= paddingLength;
  }
  return {
    marker: (b1 & 0x80) !== 0,
    payloadType: b1 & 0x7f,
    sequenceNumber: view.getUint16(2),
    timestamp: view.getUint32(4),
    ssrc: view.getUint32(8),
    csrcs,
    extension,
    payload: data.subarray(offset, end),
    paddingLength,
  };
}

/** RTCP packet types 200–204 (SR, RR, SDES, BYE, APP) share the port when rtcp-mux is used (RFC 5761 §4). */
export function isRtcpPacketType(secondByte: number): boolean {
  return secondByte >= 200 && secondByte <= 204;
}

export function buildRtp(packet: Omit<RtpPacket, 'csrcs' | 'paddingLength'> & Partial<Pick<RtpPacket, 'csrcs' | 'paddingLength'>>): Buffer {
  const csrcs = packet.csrcs ?? [];
  const padding = packet.paddingLength ?? 0;
  if (csrcs.length > 15) throw new RtpError('at most 15 CSRCs');
  if (padding > 255) throw new RtpError('padding is at most 255 bytes');
  const extensionData = packet.extension?.data;
  if (extensionData && extensionData.length % 4 !== 0) throw new RtpError('extension data must be whole 32-bit words');
  const extensionLength = extensionData ? 4 + extensionData.length : 0;
  const headerLength = RTP_HEADER_LENGTH + csrcs.length * 4 + extensionLength;
  const out = Buffer.alloc(headerLength + packet.payload.length + padding);
  writeRtpHeader(out, packet.marker, packet.payloadType, packet.sequenceNumber, packet.timestamp, packet.ssrc);
  out[0] = out[0]! | csrcs.length | (padding > 0 ? 0x20 : 0) | (extensionData ? 0x10 : 0);
  csrcs.forEach((csrc, i) => out.writeUInt32BE(csrc >>> 0, RTP_HEADER_LENGTH + i * 4));
  if (packet.extension && extensionData) {
    const at = RTP_HEADER_LENGTH + csrcs.length * 4;
    out.writeUInt16BE(packet.extension.profile & 0xffff, at);
    out.writeUInt16BE(extensionData.length / 4, at + 2);
    out.set(extensionData, at + 4);
  }
  out.set(packet.payload, headerLength);
  if (padding > 0) out[out.length - 1] = padding;
  return out;
}

/** Writes the 12-byte fixed header (no CSRC, extension or padding) into a preallocated buffer. */
export function writeRtpHeader(out: Uint8Array, marker: boolean, payloadType: number, sequenceNumber: number, timestamp: number, ssrc: number): void {
  out[0] = 0x80;
  out[1] = (marker ? 0x80 : 0) | (payloadType & 0x7f);
  out[2] = (sequenceNumber >> 8) & 0xff;
  out[3] = sequenceNumber & 0xff;
  out[4] = (timestamp >>> 24) & 0xff;
  out[5] = (timestamp >>> 16) & 0xff;
  out[6] = (timestamp >>> 8) & 0xff;
  out[7] = timestamp & 0xff;
  out[8] = (ssrc >>> 24) & 0xff;
  out[9] = (ssrc >>> 16) & 0xff;
  out[10] = (ssrc >>> 8) & 0xff;
  out[11] = ssrc & 0xff;
}

/** Difference a − b of two 16-bit sequence numbers, in −32768…32767 (wrap-around aware). */
export function sequenceDelta(a: number, b: number): number {
  return ((((a - b) & 0xffff) + 0x8000) & 0xffff) - 0x8000;
}
