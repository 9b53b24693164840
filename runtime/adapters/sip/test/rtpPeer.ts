import dgram from 'node:dgram';
import { encode } from '../media';

export interface Received {
  seq: number;
  timestamp: number;
  marker: boolean;
  payloadType: number;
  payloadLength: number;
  at: number;
}

const FRAME = 160;

/**
 * The caller's side of the audio in a sipp test: sipp advertises this socket's port in its SDP,
 * so the runtime's prompts arrive here, and from here the test talks back like a phone does —
 * a steady 20 ms stream of µ-law silence, with speech spliced in when asked.
 */
export class RtpPeer {
  readonly received: Received[] = [];
  private remotePort: number | undefined;
  private readonly waiters: Array<(port: number) => void> = [];
  private sendTimer: NodeJS.Timeout | undefined;
  private pending: Int16Array[] = [];
  private seq = Math.floor(Math.random() * 60_000);
  private timestamp = Math.floor(Math.random() * 2 ** 31);
  private readonly ssrc = Math.floor(Math.random() * 2 ** 31);

  private constructor(private readonly socket: dgram.Socket) {
    socket.on('message', (data, from) => this.receive(data, from));
  }

  static async open(): Promise<RtpPeer> {
    const socket = dgram.createSocket('udp4');
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', () => resolve()));
    return new RtpPeer(socket);
  }

  get port(): number {
    return this.socket.address().port;
  }

  /** The runtime's media port, known from its first packet (it sends from the port it receives on). */
  remote(): Promise<number> {
    if (this.remotePort !== undefined) return Promise.resolve(this.remotePort);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Sends a frame every 20 ms to the runtime: silence, or speech queued by speak(). */
  async startSending(): Promise<void> {
    const port = await this.remote();
    this.sendTimer = setInterval(() => {
      const frame = this.pending.shift() ?? new Int16Array(FRAME);
      this.sendRaw(this.packet(encode('PCMU', frame)), port);
    }, 20);
  }

  stopSending(): void {
    clearInterval(this.sendTimer);
    this.sendTimer = undefined;
  }

  /** Queues 8 kHz audio to go out in place of the silence; resolves once it has been sent. */
  speak(pcm: Int16Array): Promise<void> {
    for (let at = 0; at < pcm.length; at += FRAME) {
      const frame = new Int16Array(FRAME);
      frame.set(pcm.subarray(at, Math.min(at + FRAME, pcm.length)));
      this.pending.push(frame);
    }
    return new Promise((resolve) => {
      const check = setInterval(() => {
        if (this.pending.length > 0) return;
        clearInterval(check);
        resolve();
      }, 20);
    });
  }

  sendRaw(data: Buffer, port?: number): void {
    const to = port ?? this.remotePort;
    if (to !== undefined) this.socket.send(data, to, '127.0.0.1');
  }

  /** Runs of packets, split where the sender set the marker bit (the start of a prompt). */
  talkspurts(): Received[][] {
    const spurts: Received[][] = [];
    for (const packet of this.received) {
      if (packet.marker || spurts.length === 0) spurts.push([]);
      spurts.at(-1)!.push(packet);
    }
    return spurts;
  }

  /** Resolves once packets have come and then nothing for `quietMs` (a prompt has ended). */
  async quietAfterSound(quietMs: number, minPackets = 1, giveUpMs = 60_000): Promise<void> {
    const start = this.received.length;
    for (const until = performance.now() + giveUpMs; performance.now() < until; ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const last = this.received.at(-1);
      if (this.received.length - start >= minPackets && last && performance.now() - last.at >= quietMs) return;
    }
    throw new Error(`no quiet ${quietMs} ms after ${minPackets} packets within ${giveUpMs} ms`);
  }

  close(): void {
    this.stopSending();
    this.socket.close();
  }

  private packet(payload: Uint8Array): Buffer {
    const header = Buffer.alloc(12);
    header[0] = 0x80;
    header[1] = 0; // PCMU
    header.writeUInt16BE(this.seq, 2);
    header.writeUInt32BE(this.timestamp >>> 0, 4);
    header.writeUInt32BE(this.ssrc, 8);
    this.seq = (this.seq + 1) & 0xffff;
    this.timestamp = (this.timestamp + FRAME) % 2 ** 32;
    return Buffer.concat([header, payload]);
  }

  private receive(data: Buffer, from: dgram.RemoteInfo): void {
    if (data.length < 12 || data[0]! >> 6 !== 2) return;
    if (this.remotePort === undefined) {
      this.remotePort = from.port;
      this.waiters.splice(0).forEach((resolve) => resolve(from.port));
    }
    this.received.push({
      seq: data.readUInt16BE(2),
      timestamp: data.readUInt32BE(4),
      marker: (data[1]! & 0x80) !== 0,
      payloadType: data[1]! & 0x7f,
      payloadLength: data.length - 12,
      at: performance.now(),
    });
  }
}
