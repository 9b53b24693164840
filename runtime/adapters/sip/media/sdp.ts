import { isIPv6 } from 'node:net';
import { parse, write, type MediaDescription, type SessionDescription } from 'sdp-transform';
import { staticPayloadType, type Codec } from './g711';

export type Direction = 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive';

export interface Negotiated {
  answer: string;
  remote: { address: string; port: number };
  codec: Codec;
  payloadType: number;
  dtmfPayloadType?: number;
  /** The offer's direction, from the offerer's point of view (`sendonly` = the caller holds us). */
  direction: Direction;
}

export interface LocalMedia {
  address: string;
  port: number;
  sessionId?: string;
  /** o= version; by default it goes up by one on every answer for the same sessionId (RFC 3264 §8). */
  sessionVersion?: number;
}

/** The offer cannot be answered; the message names the problem (the SIP side answers 488). */
export class SdpError extends Error {
  override readonly name = 'SdpError';
}

const SUPPORTED: Codec[] = ['PCMU', 'PCMA'];
const ANSWER_DIRECTION: Record<Direction, Direction> = { sendrecv: 'sendrecv', sendonly: 'recvonly', recvonly: 'sendonly', inactive: 'inactive' };

/** RFC 3264 offer/answer for one G.711 audio stream with optional RFC 4733 telephone-event. */
export function negotiate(offerSdp: string, local: LocalMedia): Negotiated {
  const offer = parseOffer(offerSdp);
  const audio = offer.media.filter((m) => m.type === 'audio');
  if (audio.length === 0) throw new SdpError(`no audio stream in the offer (media: ${offer.media.map((m) => m.type).join(', ') || 'none'})`);
  let firstProblem: string | undefined;
  for (const media of audio) {
    const problem = unusableBecause(media, offer);
    if (problem) {
      firstProblem ??= problem;
      continue;
    }
    return accept(offer, media, local);
  }
  throw new SdpError(firstProblem!);
}

function parseOffer(offerSdp: string): SessionDescription {
  if (typeof offerSdp !== 'string' || offerSdp.trim() === '') throw new SdpError('empty SDP offer');
  let offer: SessionDescription;
  try {
    offer = parse(offerSdp);
  } catch (error) {
    throw new SdpError(`unparsable SDP offer: ${(error as Error).message}`);
  }
  if (offer.version !== 0) throw new SdpError('not an SDP offer (no "v=0" line)');
  if (!Array.isArray(offer.media)) throw new SdpError('unparsable SDP offer (no media)');
  return offer;
}

function unusableBecause(media: MediaDescription, offer: SessionDescription): string | undefined {
  if (!Number.isInteger(media.port) || media.port === 0) return 'audio stream refused in the offer (port 0)';
  if (media.port < 0 || media.port > 65535) return `invalid audio port ${media.port}`;
  if (media.protocol !== 'RTP/AVP' && media.protocol !== 'RTP/AVPF') return `unsupported audio transport ${media.protocol} (plain RTP/AVP only, no SRTP)`;
  if (!pickCodec(media)) return `no common audio codec: offered ${describeFormats(media)}; we support ${SUPPORTED.join(', ')}`;
  if (!(media.connection ?? offer.connection)?.ip) return 'no connection address (c=) for the audio stream';
  return undefined;
}

function payloadTypes(media: MediaDescription): number[] {
  return String(media.payloads ?? '').trim().split(/\s+/).filter(Boolean).map(Number).filter(Number.isInteger);
}

function rtpmapOf(media: MediaDescription, payloadType: number): { codec: string; rate?: number } | undefined {
  return media.rtp.find((r) => r.payload === payloadType);
}

/** The offerer's preference order decides between PCMU and PCMA (RFC 3264 §6.1). */
function pickCodec(media: MediaDescription): { codec: Codec; payloadType: number } | undefined {
  for (const payloadType of payloadTypes(media)) {
    const map = rtpmapOf(media, payloadType);
    if (map) {
      const name = map.codec.toUpperCase();
      if ((name === 'PCMU' || name === 'PCMA') && (map.rate ?? 8000) === 8000) return { codec: name, payloadType };
      continue;
    }
    // Static payload types may come without an rtpmap (RFC 3551 table 4).
    const codec = SUPPORTED.find((c) => staticPayloadType[c] === payloadType);
    if (codec) return { codec, payloadType };
  }
  return undefined;
}

function pickTelephoneEvent(media: MediaDescription): number | undefined {
  for (const payloadType of payloadTypes(media)) {
    const map = rtpmapOf(media, payloadType);
    if (map && map.codec.toLowerCase() === 'telephone-event' && (map.rate ?? 8000) === 8000) return payloadType;
  }
  return undefined;
}

function describeFormats(media: MediaDescription): string {
  return payloadTypes(media).map((pt) => (rtpmapOf(media, pt) ? `${pt} ${rtpmapOf(media, pt)!.codec}` : String(pt))).join(', ') || 'nothing';
}

function accept(offer: SessionDescription, media: MediaDescription, local: LocalMedia): Negotiated {
  const { codec, payloadType } = pickCodec(media)!;
  const dtmfPayloadType = pickTelephoneEvent(media);
  const address = (media.connection ?? offer.connection)!.ip;
  let direction: Direction = media.direction ?? offer.direction ?? 'sendrecv';
  // RFC 3264 §8.4: the pre-RFC 3264 way to hold is c=0.0.0.0 — the offerer will not receive.
  if (address === '0.0.0.0') direction = direction === 'sendrecv' || direction === 'sendonly' ? 'sendonly' : 'inactive';
  const answer = buildAnswer(offer, media, local, { codec, payloadType, dtmfPayloadType, direction: ANSWER_DIRECTION[direction] });
  return { answer, remote: { address, port: media.port }, codec, payloadType, dtmfPayloadType, direction };
}

interface AnswerMedia { codec: Codec; payloadType: number; dtmfPayloadType: number | undefined; direction: Direction }

function buildAnswer(offer: SessionDescription, chosen: MediaDescription, local: LocalMedia, answerMedia: AnswerMedia): string {
  const ipVer = isIPv6(local.address) ? 6 : 4;
  const sessionId = local.sessionId ?? String(Date.now()) + String(Math.floor(Math.random() * 1000)).padStart(3, '0');
  const description: SessionDescription = {
    version: 0,
    origin: { username: '-', sessionId, sessionVersion: local.sessionVersion ?? nextVersion(sessionId), netType: 'IN', ipVer, address: local.address },
    name: 'Callflow Studio',
    connection: { version: ipVer, ip: local.address },
    timing: { start: 0, stop: 0 },
    // RFC 3264 §6: one m= line per offered one, in order; the ones we do not take get port 0.
    media: offer.media.map((media) => (media === chosen ? audioAnswer(local.port, answerMedia) : refused(media))),
  };
  return write(description);
}

function audioAnswer(port: number, { codec, payloadType, dtmfPayloadType, direction }: AnswerMedia): MediaDescription {
  const hasDtmf = dtmfPayloadType !== undefined;
  return {
    type: 'audio',
    port,
    protocol: 'RTP/AVP',
    payloads: hasDtmf ? `${payloadType} ${dtmfPayloadType}` : String(payloadType),
    rtp: [{ payload: payloadType, codec, rate: 8000 }, ...(hasDtmf ? [{ payload: dtmfPayloadType, codec: 'telephone-event', rate: 8000 }] : [])],
    fmtp: hasDtmf ? [{ payload: dtmfPayloadType, config: '0-16' }] : [],
    ptime: 20,
    direction,
  };
}

function refused(media: MediaDescription): MediaDescription {
  return { type: media.type, port: 0, protocol: media.protocol, payloads: payloadTypes(media)[0]?.toString() ?? '0', rtp: [], fmtp: [] };
}

// Per-sessionId o= versions so a re-INVITE answer for the same session is a newer version.
// Bounded: the oldest session ids are forgotten (a forgotten one restarts at 1, still valid for new dialogs).
const versions = new Map<string, number>();
const MAX_REMEMBERED_SESSIONS = 10_000;

function nextVersion(sessionId: string): number {
  const version = (versions.get(sessionId) ?? 0) + 1;
  versions.delete(sessionId);
  versions.set(sessionId, version);
  if (versions.size > MAX_REMEMBERED_SESSIONS) versions.delete(versions.keys().next().value!);
  return version;
}
