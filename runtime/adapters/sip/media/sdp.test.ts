import { parse } from 'sdp-transform';
import { describe, expect, it } from 'vitest';
import { negotiate, SdpError } from './sdp';

const local = { address: '127.0.0.1', port: 30000, sessionId: '4242' };

function offer(lines: string[], session: string[] = ['c=IN IP4 192.0.2.10']): string {
  return ['v=0', 'o=alice 1 1 IN IP4 192.0.2.10', 's=call', ...session, 't=0 0', ...lines, ''].join('\r\n');
}

describe('negotiate', () => {
  it('answers PCMU with telephone-event, complete and valid', () => {
    const result = negotiate(offer(['m=audio 4000 RTP/AVP 0 8 101', 'a=rtpmap:101 telephone-event/8000', 'a=fmtp:101 0-15']), local);
    expect(result).toMatchObject({ codec: 'PCMU', payloadType: 0, dtmfPayloadType: 101, direction: 'sendrecv', remote: { address: '192.0.2.10', port: 4000 } });
    const answer = parse(result.answer);
    expect(answer.version).toBe(0);
    expect(answer.origin).toMatchObject({ sessionId: 4242, netType: 'IN', ipVer: 4, address: '127.0.0.1' });
    expect(answer.name).not.toBe('');
    expect(answer.connection).toEqual({ version: 4, ip: '127.0.0.1' });
    expect(answer.timing).toEqual({ start: 0, stop: 0 });
    expect(answer.media).toHaveLength(1);
    expect(answer.media[0]).toMatchObject({ type: 'audio', port: 30000, protocol: 'RTP/AVP', payloads: '0 101', ptime: 20, direction: 'sendrecv' });
    expect(answer.media[0]!.rtp).toEqual([{ payload: 0, codec: 'PCMU', rate: 8000 }, { payload: 101, codec: 'telephone-event', rate: 8000 }]);
    expect(answer.media[0]!.fmtp).toEqual([{ payload: 101, config: '0-16' }]);
    expect(result.answer).toMatch(/^v=0\r\no=- 4242 \d+ IN IP4 127\.0\.0\.1\r\ns=.+\r\nc=IN IP4 127\.0\.0\.1\r\nt=0 0\r\nm=audio 30000 RTP\/AVP 0 101\r\n/);
  });

  it('takes PCMA when it is the only G.711 offered, without telephone-event', () => {
    const result = negotiate(offer(['m=audio 4000 RTP/AVP 18 8', 'a=rtpmap:18 G729/8000', 'a=rtpmap:8 PCMA/8000']), local);
    expect(result).toMatchObject({ codec: 'PCMA', payloadType: 8, dtmfPayloadType: undefined });
    const media = parse(result.answer).media[0]!;
    expect(String(media.payloads)).toBe('8');
    expect(media.fmtp).toEqual([]);
  });

  it("follows the offer's preference order and its dynamic payload types", () => {
    expect(negotiate(offer(['m=audio 4000 RTP/AVP 8 0']), local).codec).toBe('PCMA');
    const dynamic = negotiate(offer(['m=audio 4000 RTP/AVP 96 97', 'a=rtpmap:96 PCMU/8000', 'a=rtpmap:97 telephone-event/8000']), local);
    expect(dynamic).toMatchObject({ codec: 'PCMU', payloadType: 96, dtmfPayloadType: 97 });
  });

  it('prefers the media-level connection address over the session one', () => {
    const result = negotiate(offer(['m=audio 4000 RTP/AVP 0', 'c=IN IP4 198.51.100.7']), local);
    expect(result.remote).toEqual({ address: '198.51.100.7', port: 4000 });
    expect(negotiate(offer(['m=audio 4002 RTP/AVP 0', 'c=IN IP4 198.51.100.8'], []), local).remote.address).toBe('198.51.100.8');
  });

  it('mirrors the direction: a sendonly offer (hold) is answered recvonly, inactive stays inactive', () => {
    const held = negotiate(offer(['m=audio 4000 RTP/AVP 0', 'a=sendonly']), local);
    expect(held.direction).toBe('sendonly');
    expect(parse(held.answer).media[0]!.direction).toBe('recvonly');
    const inactive = negotiate(offer(['m=audio 4000 RTP/AVP 0'], ['c=IN IP4 192.0.2.10', 'a=inactive']), local);
    expect(inactive.direction).toBe('inactive');
    expect(parse(inactive.answer).media[0]!.direction).toBe('inactive');
    expect(parse(negotiate(offer(['m=audio 4000 RTP/AVP 0', 'a=recvonly']), local).answer).media[0]!.direction).toBe('sendonly');
  });

  it('treats the old c=0.0.0.0 hold as a caller that does not receive', () => {
    expect(negotiate(offer(['m=audio 4000 RTP/AVP 0'], ['c=IN IP4 0.0.0.0']), local).direction).toBe('sendonly');
  });

  it('refuses other streams with port 0, keeping one m= line per offered line', () => {
    const result = negotiate(offer(['m=video 5000 RTP/AVP 31', 'm=audio 4000 RTP/AVP 0']), local);
    const media = parse(result.answer).media;
    expect(media.map((m) => [m.type, m.port])).toEqual([['video', 0], ['audio', 30000]]);
  });

  it('raises the o= version for each answer in the same session (re-INVITE)', () => {
    const versionOf = (answer: string) => parse(answer).origin.sessionVersion;
    const first = versionOf(negotiate(offer(['m=audio 4000 RTP/AVP 0']), { ...local, sessionId: '777' }).answer);
    const second = versionOf(negotiate(offer(['m=audio 4000 RTP/AVP 0', 'a=sendonly']), { ...local, sessionId: '777' }).answer);
    expect(second).toBe(first + 1);
  });

  it.each([
    ['no common codec', offer(['m=audio 4000 RTP/AVP 18 9', 'a=rtpmap:18 G729/8000', 'a=rtpmap:9 G722/8000']), /no common audio codec: offered 18 G729, 9 G722/],
    ['no audio', offer(['m=video 5000 RTP/AVP 31']), /no audio stream/],
    ['port 0', offer(['m=audio 0 RTP/AVP 0']), /port 0/],
    ['SRTP only', offer(['m=audio 4000 RTP/SAVP 0']), /RTP\/SAVP/],
    ['no connection address', offer(['m=audio 4000 RTP/AVP 0'], []), /connection address/],
    ['garbage', 'this is not SDP at all', /not an SDP offer/],
    ['an empty body', '', /empty SDP offer/],
  ])('throws an SdpError naming the problem for %s', (_name, sdp, message) => {
    expect(() => negotiate(sdp, local)).toThrow(SdpError);
    expect(() => negotiate(sdp, local)).toThrow(message);
  });
});
