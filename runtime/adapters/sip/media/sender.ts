import type dgram from 'node:dgram';
import { performance } from 'node:perf_hooks';
import { randomInt } from 'node:crypto';
import { encodeInto } from './g711';
import type { PacedStream, Pacer } from './pacer';
import { RTP_HEADER_LENGTH, writeRtpHeader } from './rtp';
import type { Negotiated } from './sdp';

export interface SendCounters {
  sent: number;
  late: number;
  maxLatenessMs: number;
}

export const FRAME_SAMPLES = 160; // 20 ms at 8 kHz
const PACKET_LENGTH = RTP_HEADER_LENGTH + FRAME_SAMPLES;
// dgram keeps a reference when the kernel queue is full, so a buffer is rewritten only 8 ticks later.
const SEND_BUFFERS = 8;

interface Playback {
  pcm: Int16Array;
  position: number;
  done(result: 'finished' | 'interrupted'): void;
}

/**
 * The outgoing half of a call: a queue of prompts, one 20 ms frame per pacer tick. The random
 * SSRC, sequence number and timestamp start values follow RFC 3550 §5.1.
 */
export class RtpSender implements PacedStream {
  target: Negotiated | undefined;
  enabled = true;
  private closed = false;
  private readonly ssrc = randomInt(2 ** 32);
  private sequence = randomInt(2 ** 16);
  private timestamp = randomInt(2 ** 32);
  private inTalkspurt = false;
  private lastSentDue: number | undefined;
  private readonly buffers = Array.from({ length: SEND_BUFFERS }, () => Buffer.alloc(PACKET_LENGTH));
  private nextBuffer = 0;
  private readonly queue: Playback[] = [];
  private paced = false;

  constructor(
    private readonly socket: dgram.Socket,
    private readonly pacer: Pacer,
    private readonly counters: SendCounters,
    private readonly log: (message: string) => void,
  ) {}

  play(pcm: Int16Array, signal?: AbortSignal): Promise<'finished' | 'interrupted'> {
    if (this.closed || signal?.aborted) return Promise.resolve('interrupted');
    if (pcm.length === 0) return Promise.resolve('finished');
    return new Promise((resolve) => {
      const onAbort = () => {
        const index = this.queue.indexOf(playback);
        if (index >= 0) this.queue.splice(index, 1);
        playback.done('interrupted');
      };
      // Plays queue up: a prompt asked for while another is playing starts when that one ends.
      const playback: Playback = {
        pcm,
        position: 0,
        done: (result) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(result);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(playback);
      if (!this.paced) {
        this.paced = true;
        this.pacer.add(this);
      }
    });
  }

  close(): void {
    this.closed = true;
    this.stopPacing();
    for (const playback of this.queue.splice(0)) playback.done('interrupted');
  }

  /** Called by the pacer every 20 ms while something plays; the frame is used up even when not sent (hold). */
  onTick(latenessMs: number): boolean {
    const playback = this.queue[0];
    if (!playback) {
      this.stopPacing();
      return false;
    }
    const sent = this.canSend() ? this.sendFrame(playback, latenessMs) : false;
    if (!sent) this.inTalkspurt = false;
    playback.position += FRAME_SAMPLES;
    if (playback.position >= playback.pcm.length) {
      this.queue.shift();
      playback.done('finished');
      if (this.queue.length === 0) this.stopPacing();
    }
    return sent;
  }

  private canSend(): boolean {
    const target = this.target;
    if (this.closed || !this.enabled || !target || target.remote.port === 0) return false;
    // The offer's direction is the caller's: it must be willing to receive.
    return target.direction === 'sendrecv' || target.direction === 'recvonly';
  }

  private sendFrame(playback: Playback, latenessMs: number): boolean {
    const target = this.target!;
    // The tick's place on the pacer's grid, not the moment it ran: timestamps must not jitter.
    const due = performance.now() - latenessMs;
    const marker = !this.inTalkspurt;
    if (marker && this.lastSentDue !== undefined) {
      // RFC 3550 §5.1: after silence the timestamp still follows the sampling clock.
      const elapsedFrames = Math.max(1, Math.round((due - this.lastSentDue) / 20));
      this.timestamp = (this.timestamp + elapsedFrames * FRAME_SAMPLES) >>> 0;
    } else if (this.lastSentDue !== undefined) {
      this.timestamp = (this.timestamp + FRAME_SAMPLES) >>> 0;
    }
    const buffer = this.buffers[this.nextBuffer]!;
    this.nextBuffer = (this.nextBuffer + 1) % SEND_BUFFERS;
    writeRtpHeader(buffer, marker, target.payloadType, this.sequence, this.timestamp, this.ssrc);
    encodeInto(target.codec, playback.pcm, playback.position, FRAME_SAMPLES, buffer, RTP_HEADER_LENGTH);
    try {
      this.socket.send(buffer, target.remote.port, target.remote.address);
    } catch (error) {
      this.log(`send failed: ${(error as Error).message}`);
      return false;
    }
    this.sequence = (this.sequence + 1) & 0xffff;
    this.lastSentDue = due;
    this.inTalkspurt = true;
    this.counters.sent++;
    if (this.pacer.isLate(latenessMs)) this.counters.late++;
    if (latenessMs > this.counters.maxLatenessMs) this.counters.maxLatenessMs = latenessMs;
    return true;
  }

  private stopPacing(): void {
    if (!this.paced) return;
    this.paced = false;
    this.inTalkspurt = false;
    this.pacer.remove(this);
  }
}
