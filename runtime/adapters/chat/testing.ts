import WebSocket from 'ws';
import type { ServerFrame } from './protocol';

type Frame<T extends ServerFrame['type']> = Extract<ServerFrame, { type: T }>;

/** A chat visitor for tests: a real WebSocket that records every frame the server sends. */
export class ChatClient {
  readonly frames: ServerFrame[] = [];
  private read = 0;
  private waiters: (() => void)[] = [];
  closed: { code: number; reason: string } | undefined;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data, binary) => {
      this.frames.push(JSON.parse(binary ? '{"type":"binary"}' : data.toString()) as ServerFrame);
      this.wake();
    });
    socket.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      this.wake();
    });
  }

  static async connect(baseUrl: string, channel: string, session?: string): Promise<ChatClient> {
    const query = new URLSearchParams({ channel, ...(session ? { session } : {}) });
    const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/chat/ws?${query.toString()}`);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new ChatClient(socket);
  }

  send(frame: unknown): void {
    this.socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** Frames up to and including the next one of this type (skipping what came before). */
  async next<T extends ServerFrame['type']>(type: T, timeoutMs = 5000): Promise<Frame<T>> {
    const seen = await this.until((frame) => frame.type === type, timeoutMs);
    return seen.at(-1) as Frame<T>;
  }

  /** Waits for a frame that satisfies `done`; returns every frame since the last wait. */
  async until(done: (frame: ServerFrame) => boolean, timeoutMs = 5000): Promise<ServerFrame[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      while (this.read < this.frames.length) {
        const frame = this.frames[this.read++]!;
        if (done(frame)) return this.frames.slice(this.since(), this.read);
      }
      if (this.closed) throw new Error(`socket closed (${this.closed.code}) while waiting; frames: ${JSON.stringify(this.frames)}`);
      if (Date.now() > deadline) throw new Error(`no matching frame within ${timeoutMs} ms; frames: ${JSON.stringify(this.frames)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()) + 5);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Messages the visitor saw, as text. */
  messages(frames: ServerFrame[]): string[] {
    return frames.flatMap((f) => (f.type === 'message' ? [f.text] : []));
  }

  async closedWith(timeoutMs = 5000): Promise<{ code: number; reason: string }> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    if (!this.closed) throw new Error('the socket stayed open');
    return this.closed;
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }

  private mark = 0;
  private since(): number {
    const from = this.mark;
    this.mark = this.read;
    return from;
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}
