import { DtmfDetector } from './dtmf';
import { codecForPayloadType, decode, type Codec } from './g711';
import { ReorderBuffer } from './reorder';
import { parseRtp, RtpError, type RtpPacket } from './rtp';
import type { Negotiated } from './sdp';

export interface ReceiveCounters {
  received: number;
  malformed: number;
  ignored: number;
  discarded: number;
  lost: number;
}

// A lost packet is replaced by silence in the recording, up to this many in a row (longer gaps are not stretched out).
const MAX_CONCEALED_PACKETS = 10;

/**
 * The incoming half of a call: RFC 4733 key presses, and the caller's audio put back in order
 * for the listeners and the recording. Audio is decoded only when someone wants it.
 */
export class RtpReceiver {
  source: Negotiated | undefined;
  /** Set once someone listens to the audio; until then frames are not decoded. */
  decodeAudio = false;
  private readonly dtmf = new DtmfDetector();
  private readonly reorder = new ReorderBuffer<RtpPacket>((packet, lost) => this.deliver(packet, lost));
  private audioSsrc: number | undefined;
  private recording: Int16Array[] | undefined;

  constructor(
    private readonly counters: ReceiveCounters,
    private readonly onKey: (key: string) => void,
    private readonly emitAudio: (pcm: Int16Array) => void,
  ) {}

  /** Handles a datagram from the negotiated remote; throws RtpError when it is not RTP. */
  receive(data: Uint8Array): void {
    const source = this.source;
    if (!source) throw new RtpError('no negotiated stream');
    const packet = parseRtp(data);
    this.counters.received++;
    if (packet.payloadType === source.dtmfPayloadType) {
      const key = this.dtmf.push(packet.ssrc, packet.timestamp, packet.payload);
      if (key !== undefined) this.onKey(key);
      return;
    }
    if (!this.codecOf(packet.payloadType) || packet.payload.length === 0) {
      this.counters.ignored++; // comfort noise (RFC 3389) and anything we did not negotiate
      return;
    }
    if (packet.ssrc !== this.audioSsrc) {
      // A new source (the caller's phone restarted its stream): its sequence numbers start afresh.
      this.reorder.flush();
      this.reorder.reset();
      this.audioSsrc = packet.ssrc;
    }
    const outcome = this.reorder.push(packet);
    if (outcome === 'duplicate' || outcome === 'stale') this.counters.discarded++;
  }

  startRecording(): void {
    this.recording = [];
  }

  stopRecording(): Int16Array {
    this.reorder.flush();
    const chunks = this.recording ?? [];
    this.recording = undefined;
    const out = new Int16Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }

  private deliver(packet: RtpPacket, lostBefore: number): void {
    this.counters.lost += lostBefore;
    if (!this.decodeAudio && !this.recording) return;
    const pcm = decode(this.codecOf(packet.payloadType)!, packet.payload);
    if (this.recording) {
      if (lostBefore > 0) this.recording.push(new Int16Array(Math.min(lostBefore, MAX_CONCEALED_PACKETS) * pcm.length));
      this.recording.push(pcm);
    }
    if (this.decodeAudio) this.emitAudio(pcm);
  }

  private codecOf(payloadType: number): Codec | undefined {
    if (this.source && payloadType === this.source.payloadType) return this.source.codec;
    return codecForPayloadType(payloadType);
  }
}
