import dgram from 'node:dgram';
import { buildRtp, parseRtp, type RtpPacket } from '../rtp';

/** A plain UDP socket on 127.0.0.1 standing in for the caller's phone. */
export class RtpPeer {
  readonly received: RtpPacket[] = [];

  private constructor(readonly socket: dgram.Socket, readonly port: number) {
    socket.on('message', (data) => this.received.push(parseRtp(Uint8Array.from(data))));
  }

  static async open(): Promise<RtpPeer> {
    const socket = dgram.createSocket('udp4');
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
    return new RtpPeer(socket, socket.address().port);
  }

  send(to: number, data: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => this.socket.send(data, to, '127.0.0.1', (error) => (error ? reject(error) : resolve())));
  }

  sendRtp(to: number, packet: Parameters<typeof buildRtp>[0]): Promise<void> {
    return this.send(to, buildRtp(packet));
  }

  close(): void {
    this.socket.close();
  }
}

export function offerFrom(port: number, formats = '0 8 101', direction = 'sendrecv'): string {
  return [
    'v=0',
    'o=peer 1 1 IN IP4 127.0.0.1',
    's=test',
    'c=IN IP4 127.0.0.1',
    't=0 0',
    `m=audio ${port} RTP/AVP ${formats}`,
    'a=rtpmap:0 PCMU/8000',
    'a=rtpmap:8 PCMA/8000',
    'a=rtpmap:101 telephone-event/8000',
    'a=fmtp:101 0-16',
    `a=${direction}`,
    '',
  ].join('\r\n');
}
