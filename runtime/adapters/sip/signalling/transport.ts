import dgram from 'node:dgram';
import net from 'node:net';

export type Log = (level: 'info' | 'warn' | 'error', message: string) => void;

/** Where a message came from / goes to. For TCP, the connection it arrived on (responses reuse it, §18.2.2). */
export interface Peer {
  transport: 'udp' | 'tcp';
  address: string;
  port: number;
  connection?: net.Socket;
}

type Receive = (data: Buffer, peer: Peer, stream: boolean) => void;

const MAX_STREAM_BUFFER = 128 * 1024;
const BIND_ATTEMPTS = 5;

/** Cuts one TCP byte stream into messages by Content-Length (§18.3). Returns the unconsumed rest. */
export function frameStream(buffer: Buffer, emit: (message: Buffer) => void): Buffer {
  let rest = buffer;
  for (;;) {
    while (rest.length > 0 && (rest[0] === 0x0d || rest[0] === 0x0a)) rest = rest.subarray(1); // keep-alive CRLFs
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) return rest;
    const head = rest.subarray(0, end).toString('latin1');
    const length = /^(?:content-length|l)[ \t]*:[ \t]*(\d+)/im.exec(head);
    if (!length) throw new Error('TCP message without Content-Length');
    const total = end + 4 + Number(length[1]);
    if (rest.length < total) return rest;
    emit(rest.subarray(0, total));
    rest = rest.subarray(total);
  }
}

export class Transport {
  private readonly connections = new Set<net.Socket>();
  private closed = false;

  private constructor(
    readonly port: number,
    private readonly udp: dgram.Socket,
    private readonly tcp: net.Server | undefined,
    private readonly receive: Receive,
    private readonly log: Log,
  ) {}

  static async open(host: string, port: number, tcp: boolean, receive: Receive, log: Log): Promise<Transport> {
    for (let attempt = 1; ; attempt++) {
      const udp = dgram.createSocket(host.includes(':') ? 'udp6' : 'udp4');
      await new Promise<void>((resolve, reject) => {
        udp.once('error', reject);
        udp.bind(port, host, () => resolve());
      });
      const bound = udp.address().port;
      if (!tcp) return Transport.wire(bound, udp, undefined, receive, log);
      const server = net.createServer();
      try {
        await new Promise<void>((resolve, reject) => {
          server.once('error', reject);
          server.listen(bound, host, () => resolve());
        });
        return Transport.wire(bound, udp, server, receive, log);
      } catch (error) {
        udp.close();
        // With port 0 the OS picked a UDP port whose TCP twin is taken: pick again.
        if (port !== 0 || attempt >= BIND_ATTEMPTS) throw error;
      }
    }
  }

  private static wire(port: number, udp: dgram.Socket, tcp: net.Server | undefined, receive: Receive, log: Log): Transport {
    const transport = new Transport(port, udp, tcp, receive, log);
    udp.on('message', (data, info) => receive(data, { transport: 'udp', address: info.address, port: info.port }, false));
    udp.on('error', (error) => log('error', `SIP UDP socket: ${error.message}`));
    tcp?.on('connection', (socket) => transport.adopt(socket));
    tcp?.on('error', (error) => log('error', `SIP TCP server: ${error.message}`));
    return transport;
  }

  private adopt(socket: net.Socket): void {
    this.connections.add(socket);
    const peer: Peer = { transport: 'tcp', address: socket.remoteAddress ?? '', port: socket.remotePort ?? 0, connection: socket };
    socket.on('connect', () => Object.assign(peer, { address: socket.remoteAddress ?? '', port: socket.remotePort ?? 0 }));
    let buffer: Buffer = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      try {
        buffer = frameStream(Buffer.concat([buffer, chunk]), (message) => this.receive(message, peer, true));
        if (buffer.length > MAX_STREAM_BUFFER) throw new Error('TCP message larger than 128 KiB');
      } catch (error) {
        // A stream that lost its framing cannot be resynchronised: drop the connection.
        this.log('warn', `SIP TCP from ${peer.address}:${peer.port} dropped: ${(error as Error).message}`);
        socket.destroy();
      }
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', () => this.connections.delete(socket));
  }

  send(data: Buffer, peer: Peer): void {
    if (this.closed) return;
    if (peer.transport === 'udp') {
      this.udp.send(data, peer.port, peer.address, (error) => {
        if (error) this.log('warn', `SIP send to ${peer.address}:${peer.port} failed: ${error.message}`);
      });
      return;
    }
    if (!peer.connection || peer.connection.destroyed) {
      // The peer's connection is gone: open one to its address; its answers come back on it.
      peer.connection = net.connect(peer.port, peer.address);
      peer.connection.on('error', (error) => this.log('warn', `SIP TCP to ${peer.address}:${peer.port}: ${error.message}`));
      this.adopt(peer.connection);
    }
    peer.connection.write(data);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const socket of this.connections) socket.destroy();
    await Promise.all([
      new Promise<void>((resolve) => this.udp.close(() => resolve())),
      this.tcp ? new Promise<void>((resolve) => this.tcp?.close(() => resolve())) : Promise.resolve(),
    ]);
  }
}
