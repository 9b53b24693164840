export { negotiate, SdpError, type Negotiated, type LocalMedia, type Direction } from './sdp';
export { MediaSession, type MediaSessionOptions, type MediaStats, type MediaLog } from './session';
export { encodeWav, decodeWav, WavError, type DecodedWav } from './wav';
export { type Codec, encode, decode, staticPayloadType } from './g711';
export { parseRtp, buildRtp, RtpError, type RtpPacket } from './rtp';
export { DtmfDetector, telephoneEventPayload, keyForEvent } from './dtmf';
export { Pacer, sharedPacer, type PacedStream, type PacerStats, type PacerOptions, type PacerClock } from './pacer';
