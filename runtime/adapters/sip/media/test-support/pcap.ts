import { readFileSync } from 'node:fs';

export interface CapturedUdp {
  sourcePort: number;
  destinationPort: number;
  payload: Buffer;
}

/**
 * The UDP payloads of a classic libpcap file (Ethernet or Linux cooked capture, IPv4), enough to
 * replay sipp's RFC 4733 captures. Not pcapng.
 */
export function readPcapUdp(path: string): CapturedUdp[] {
  const file = readFileSync(path);
  const magic = file.readUInt32LE(0);
  const littleEndian = magic === 0xa1b2c3d4 || magic === 0xa1b23c4d;
  if (!littleEndian && file.readUInt32BE(0) !== 0xa1b2c3d4 && file.readUInt32BE(0) !== 0xa1b23c4d) throw new Error(`${path}: not a pcap file`);
  const u32 = (at: number) => (littleEndian ? file.readUInt32LE(at) : file.readUInt32BE(at));
  const linkType = u32(20);
  const linkHeader = linkType === 1 ? 14 : linkType === 113 ? 16 : undefined;
  if (linkHeader === undefined) throw new Error(`${path}: link type ${linkType} not supported`);
  const packets: CapturedUdp[] = [];
  for (let at = 24; at + 16 <= file.length; ) {
    const captured = u32(at + 8);
    const frame = file.subarray(at + 16, at + 16 + captured);
    at += 16 + captured;
    const ip = frame.subarray(linkHeader);
    if (ip.length < 20 || ip[0]! >> 4 !== 4 || ip[9] !== 17) continue;
    const udp = ip.subarray((ip[0]! & 0x0f) * 4);
    if (udp.length < 8) continue;
    const length = udp.readUInt16BE(4);
    packets.push({ sourcePort: udp.readUInt16BE(0), destinationPort: udp.readUInt16BE(2), payload: Buffer.from(udp.subarray(8, Math.min(length, udp.length))) });
  }
  return packets;
}
