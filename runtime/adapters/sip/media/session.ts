import type dgram from 'node:dgram';
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { performance } from 'node:perf_hooks';
import { sharedPacer, type Pacer } from './pacer';
import { bindEvenPort } from './ports';
import { RtpReceiver } from './receiver';
import { isRtcpPacketType } from './rtp';
import type { Negotiated } from './sdp';
import { RtpSender } from './sender';

export type MediaLog = (level: 'info' | 'warn' | 'error', message: string) => void;

export interface MediaSessionOptions {
  host: string;
  portRange?: [number, number];
  mediaTimeoutMs: number;
  log?: MediaLog;
  /** Defaults to the process-wide sharedPacer; tests and benchmarks may pass their own. */
  pacer?: Pacer;
}

export interface MediaStats {
  sent: number;
  late: number;
  received: number;
  malformed: number;
  maxLatenessMs: number;
  /** Datagrams not from the negotiated remote, RTCP, and payload types we do not use (e.g. comfort noise). */
  ignored: number;
  /** Duplicates and packets that arrived after their place in the audio had passed. */
  discarded: number;
  /** Packets never received (gaps the reorder window gave up on). */
  lost: number;
}

const MALFORMED_LOG_INTERVAL_MS = 1000;

/**
 * One call's RTP on one UDP port. Sends to the negotiated remote address and port, and accepts
 * packets from the negotiated remote address on any port: no latching onto the first packet's
 * source, because sipp plays its RFC 4733 captures from a port derived from the capture, not
 * from its SDP port. RTCP is neither sent nor required (received RTCP is ignored).
 */
export class MediaSession {
  readonly port: number;
  private readonly log: MediaLog;
  private readonly counters: MediaStats = { sent: 0, late: 0, received: 0, malformed: 0, maxLatenessMs: 0, ignored: 0, discarded: 0, lost: 0 };
  private readonly listeners = { dtmf: [] as Array<(key: string) => void>, audio: [] as Array<(pcm: Int16Array) => void>, timeout: [] as Array<() => void> };
  private readonly sender: RtpSender;
  private readonly receiver: RtpReceiver;
  private remote: Negotiated | undefined;
  private acceptFrom: string | undefined;
  private closed = false;
  private lastPacketAt = 0;
  private timeoutTimer: NodeJS.Timeout | undefined;
  private timedOut = false;
  private lastMalformedLogAt = -Infinity;

  static async open(options: MediaSessionOptions): Promise<MediaSession> {
    return new MediaSession(await bindEvenPort(options.host, options.portRange), options);
  }

  private constructor(private readonly socket: dgram.Socket, private readonly options: MediaSessionOptions) {
    this.port = socket.address().port;
    this.log = options.log ?? (() => {});
    this.sender = new RtpSender(socket, options.pacer ?? sharedPacer, this.counters, (message) => this.log('error', `media port ${this.port}: ${message}`));
    this.receiver = new RtpReceiver(this.counters, (key) => this.emit(this.listeners.dtmf, key), (pcm) => this.emit(this.listeners.audio, pcm));
    socket.on('message', (data, from) => this.receive(data, from));
    socket.on('error', (error) => this.log('error', `media port ${this.port}: ${error.message}`));
  }

  /** Starts (or, after a re-INVITE, changes) where audio goes and what is accepted. */
  connect(negotiated: Negotiated): void {
    if (this.closed) return;
    // Old-style hold (c=0.0.0.0, RFC 3264 §8.4) only says "send nothing": the holder's own audio
    // still comes from where it came from, and dropping it would end the call as a media timeout.
    const unspecified = negotiated.remote.address === '0.0.0.0' || negotiated.remote.address === '::';
    if (!unspecified && this.remote?.remote.address !== negotiated.remote.address) this.resolveRemote(negotiated.remote.address);
    this.remote = negotiated;
    this.sender.target = negotiated;
    this.receiver.source = negotiated;
    this.lastPacketAt = performance.now();
    this.armTimeout();
  }

  play(pcm: Int16Array, signal?: AbortSignal): Promise<'finished' | 'interrupted'> {
    return this.sender.play(pcm, signal);
  }

  /** Hold: playback keeps its pace (a prompt runs out as if heard) but no RTP leaves. */
  setSending(enabled: boolean): void {
    this.sender.enabled = enabled;
  }

  onDtmf(listener: (key: string) => void): void {
    this.listeners.dtmf.push(listener);
  }

  onAudio(listener: (pcm: Int16Array) => void): void {
    this.listeners.audio.push(listener);
    this.receiver.decodeAudio = true;
  }

  onTimeout(listener: () => void): void {
    this.listeners.timeout.push(listener);
  }

  startRecording(): void {
    this.receiver.startRecording();
  }

  stopRecording(): Int16Array {
    return this.receiver.stopRecording();
  }

  stats(): MediaStats {
    return { ...this.counters };
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.sender.close();
    clearTimeout(this.timeoutTimer);
    try {
      this.socket.close();
    } catch (error) {
      this.log('warn', `media port ${this.port}: close failed: ${(error as Error).message}`);
    }
  }

  private receive(data: Buffer, from: dgram.RemoteInfo): void {
    if (this.closed) return;
    if (!this.remote || from.address !== this.acceptFrom || (data.length >= 2 && isRtcpPacketType(data[1]!))) {
      this.counters.ignored++;
      return;
    }
    try {
      this.receiver.receive(data);
    } catch (error) {
      this.malformed(`${from.address}:${from.port}`, (error as Error).message);
      return;
    }
    this.lastPacketAt = performance.now();
  }

  private malformed(source: string, reason: string): void {
    this.counters.malformed++;
    const now = performance.now();
    if (now - this.lastMalformedLogAt < MALFORMED_LOG_INTERVAL_MS) return;
    this.lastMalformedLogAt = now;
    this.log('warn', `media port ${this.port}: dropped malformed RTP from ${source}: ${reason} (${this.counters.malformed} so far)`);
  }

  private emit<T extends unknown[]>(listeners: Array<(...args: T) => void>, ...args: T): void {
    for (const listener of listeners) {
      try {
        listener(...args);
      } catch (error) {
        this.log('error', `media port ${this.port}: listener failed: ${(error as Error).message}`);
      }
    }
  }

  private resolveRemote(address: string): void {
    this.acceptFrom = isIP(address) ? address : undefined;
    if (this.acceptFrom) return;
    dnsLookup(address).then(
      (result) => {
        if (this.remote?.remote.address === address) this.acceptFrom = result.address;
      },
      (error: Error) => this.log('error', `media port ${this.port}: cannot resolve ${address}: ${error.message}`),
    );
  }

  /** One timer per call, re-armed only when it fires (not per packet). */
  private armTimeout(): void {
    clearTimeout(this.timeoutTimer);
    this.timeoutTimer = undefined;
    const direction = this.remote?.direction;
    // A caller that holds us with recvonly/inactive sends nothing, and that is not a vanished caller.
    if (this.closed || this.timedOut || direction === 'recvonly' || direction === 'inactive') return;
    const remaining = this.options.mediaTimeoutMs - (performance.now() - this.lastPacketAt);
    this.timeoutTimer = setTimeout(() => {
      this.timeoutTimer = undefined;
      if (performance.now() - this.lastPacketAt < this.options.mediaTimeoutMs) return this.armTimeout();
      this.timedOut = true;
      this.log('warn', `media port ${this.port}: no RTP for ${this.options.mediaTimeoutMs} ms`);
      this.emit(this.listeners.timeout);
    }, Math.max(0, remaining));
    this.timeoutTimer.unref();
  }
}
