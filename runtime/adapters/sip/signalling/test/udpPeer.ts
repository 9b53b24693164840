import dgram from 'node:dgram';
import { randomBytes } from 'node:crypto';
import { parseMessage, type SipMessage } from '../message';

/** A hand-driven SIP peer on a raw UDP socket, for the cases sipp cannot express. */
export class UdpPeer {
  readonly raw: string[] = [];
  private readonly messages: SipMessage[] = [];
  private waiters: (() => void)[] = [];

  private constructor(private readonly socket: dgram.Socket, readonly port: number, private readonly target: number) {
    socket.on('message', (data) => {
      this.raw.push(data.toString('utf8'));
      try {
        this.messages.push(parseMessage(data));
      } catch {
        // kept in `raw` only
      }
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static async open(target: number): Promise<UdpPeer> {
    const socket = dgram.createSocket('udp4');
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', () => resolve()));
    return new UdpPeer(socket, socket.address().port, target);
  }

  /** Sends text with LF line ends turned into CRLF; `{len}` becomes the body's byte length. */
  send(text: string | Buffer): void {
    if (Buffer.isBuffer(text)) return void this.socket.send(text, this.target, '127.0.0.1');
    const crlf = text.replace(/\r?\n/g, '\r\n');
    const split = crlf.indexOf('\r\n\r\n');
    const body = split >= 0 ? crlf.slice(split + 4) : '';
    this.socket.send(crlf.replace('{len}', String(Buffer.byteLength(body))), this.target, '127.0.0.1');
  }

  /** The next message (in arrival order, consumed) that `match` accepts. */
  next(match: (m: SipMessage) => boolean, timeoutMs = 5000): Promise<SipMessage> {
    return this.waitFor(() => {
      const index = this.messages.findIndex(match);
      return index >= 0 ? this.messages.splice(index, 1)[0] : undefined;
    }, timeoutMs);
  }

  /** The first datagram, parseable or not, starting with `prefix`. */
  nextRaw(prefix: string, timeoutMs = 5000): Promise<string> {
    return this.waitFor(() => this.raw.find((r) => r.startsWith(prefix)), timeoutMs);
  }

  private async waitFor<T>(find: () => T | undefined, timeoutMs: number): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching SIP message; received:\n${this.raw.join('\n---\n')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  count(match: (m: SipMessage) => boolean): number {
    return this.messages.filter(match).length;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.socket.close(() => resolve()));
  }
}

export const status = (code: number, method = 'INVITE') => (m: SipMessage): boolean =>
  m.kind === 'response' && m.status === code && (m.headers.get('cseq') ?? '').endsWith(method);

export const request = (method: string) => (m: SipMessage): boolean => m.kind === 'request' && m.method === method;

export const SDP_OFFER = 'v=0\no=- 1 1 IN IP4 127.0.0.1\ns=-\nc=IN IP4 127.0.0.1\nt=0 0\nm=audio 30000 RTP/AVP 0\na=rtpmap:0 PCMU/8000\n';

/** One caller's identity for building its requests by hand. */
export class RawCall {
  readonly callId = `${randomBytes(6).toString('hex')}@test`;
  readonly fromTag = randomBytes(4).toString('hex');
  toTag = '';

  constructor(private readonly peer: UdpPeer, private readonly endpointPort: number) {}

  request(method: string, cseq: number, options: { branch?: string; body?: string; headers?: string[]; toTag?: string } = {}): string {
    const branch = options.branch ?? `z9hG4bK${randomBytes(5).toString('hex')}`;
    const toTag = options.toTag ?? this.toTag;
    return [
      `${method} sip:hotline@127.0.0.1:${this.endpointPort} SIP/2.0`,
      `Via: SIP/2.0/UDP 127.0.0.1:${this.peer.port};branch=${branch};rport`,
      `From: <sip:bob@127.0.0.1:${this.peer.port}>;tag=${this.fromTag}`,
      `To: <sip:hotline@127.0.0.1:${this.endpointPort}>${toTag ? `;tag=${toTag}` : ''}`,
      `Call-ID: ${this.callId}`,
      `CSeq: ${cseq} ${method}`,
      `Contact: <sip:bob@127.0.0.1:${this.peer.port}>`,
      'Max-Forwards: 70',
      ...(options.headers ?? []),
      ...(options.body !== undefined ? ['Content-Type: application/sdp'] : []),
      'Content-Length: {len}',
      '',
      options.body ?? '',
    ].join('\n');
  }
}
