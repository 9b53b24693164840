import dgram from 'node:dgram';
import { randomBytes } from 'node:crypto';

/** A bare UDP socket speaking just enough SIP to send odd requests and read the final answer. */
export class RawSip {
  private readonly responses: string[] = [];
  /** The Via, From, To and Call-ID of each INVITE sent, for its CANCEL. */
  private readonly invites = new Map<string, string[]>();

  private constructor(private readonly socket: dgram.Socket) {
    socket.on('message', (data) => this.responses.push(data.toString('latin1')));
  }

  static async open(): Promise<RawSip> {
    const socket = dgram.createSocket('udp4');
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', () => resolve()));
    return new RawSip(socket);
  }

  send(text: string | Buffer, port: number): Promise<void> {
    return new Promise((resolve) => this.socket.send(text, port, '127.0.0.1', () => resolve()));
  }

  /** An INVITE to `user` (body optional); resolves with its Call-ID. */
  async invite(port: number, user: string, body?: { type: string; text: string }): Promise<string> {
    const callId = `${randomBytes(6).toString('hex')}@127.0.0.1`;
    const local = this.socket.address().port;
    const content = body ? Buffer.from(body.text) : Buffer.alloc(0);
    const head = [
      `INVITE sip:${user}@127.0.0.1:${port} SIP/2.0`,
      `Via: SIP/2.0/UDP 127.0.0.1:${local};branch=z9hG4bK${randomBytes(6).toString('hex')};rport`,
      `From: <sip:tester@127.0.0.1:${local}>;tag=${randomBytes(4).toString('hex')}`,
      `To: <sip:${user}@127.0.0.1:${port}>`,
      `Call-ID: ${callId}`,
      'CSeq: 1 INVITE',
      `Contact: <sip:tester@127.0.0.1:${local}>`,
      'Max-Forwards: 70',
      ...(body ? [`Content-Type: ${body.type}`] : []),
      `Content-Length: ${content.length}`,
    ].join('\r\n');
    await this.send(Buffer.concat([Buffer.from(`${head}\r\n\r\n`), content]), port);
    this.invites.set(callId, head.split('\r\n').slice(1, 5));
    return callId;
  }

  /** CANCELs an INVITE sent by invite() (§9.1: same Via branch, From, To, Call-ID and CSeq number). */
  async cancel(port: number, user: string, callId: string): Promise<void> {
    const [via, from, to, id] = this.invites.get(callId)!;
    const head = [`CANCEL sip:${user}@127.0.0.1:${port} SIP/2.0`, via, from, to, id, 'CSeq: 1 CANCEL', 'Max-Forwards: 70', 'Content-Length: 0'];
    await this.send(`${head.join('\r\n')}\r\n\r\n`, port);
  }

  /** The final (≥ 200) response to the INVITE of `callId`, as "488 Not Acceptable Here". */
  async finalResponse(callId: string, giveUpMs = 10_000): Promise<string> {
    for (const until = performance.now() + giveUpMs; performance.now() < until; ) {
      const found = this.responses.find((r) => r.includes(`Call-ID: ${callId}`) && /\r\nCSeq: 1 INVITE\r\n/i.test(r) && /^SIP\/2\.0 [2-6]\d\d /.test(r));
      if (found) return found.split('\r\n')[0]!.replace(/^SIP\/2\.0 /, '');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`no final response to ${callId} within ${giveUpMs} ms`);
  }

  close(): void {
    this.socket.close();
  }
}
