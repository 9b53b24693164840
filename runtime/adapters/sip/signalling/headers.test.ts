import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newBranch, newTag, parseCSeq, parseNameAddr, parseUri, parseVia } from './headers';
import { SipParseError } from './message';
import { referOutcome, sipfragStatus } from './refer';
import { frameStream } from './transport';

describe('address headers', () => {
  it('reads a quoted display name, the URI and the tag', () => {
    expect(parseNameAddr('"Doe, \\"Jo\\"" <sip:+4930123@example.com;user=phone>;tag=a1b2')).toEqual({
      displayName: 'Doe, "Jo"',
      uri: 'sip:+4930123@example.com;user=phone',
      params: { tag: 'a1b2' },
    });
  });

  it('gives the parameters of a URI without <> to the header (§20.10)', () => {
    expect(parseNameAddr('sip:bob@host;tag=x')).toEqual({ uri: 'sip:bob@host', params: { tag: 'x' } });
    expect(parseNameAddr('Bob <sip:bob@host>')).toMatchObject({ displayName: 'Bob', uri: 'sip:bob@host' });
  });

  it('reads user, host and port of sip, sips and tel URIs', () => {
    expect(parseUri('sip:bank-hotline@127.0.0.1:5080;transport=udp')).toEqual({
      scheme: 'sip', user: 'bank-hotline', host: '127.0.0.1', port: 5080, params: { transport: 'udp' },
    });
    expect(parseUri('sips:%2B4930@[::1]:5061')).toMatchObject({ user: '+4930', host: '[::1]', port: 5061 });
    expect(parseUri('tel:+4930123')).toMatchObject({ scheme: 'tel', user: '+4930123' });
    expect(parseUri('sip:example.com')).toEqual({ scheme: 'sip', host: 'example.com', params: {} });
  });

  it('reads Via sent-by and branch', () => {
    expect(parseVia('SIP/2.0/UDP 10.0.0.1:5062;branch=z9hG4bK77;rport')).toEqual({
      transport: 'UDP', host: '10.0.0.1', port: 5062, params: { branch: 'z9hG4bK77', rport: '' },
    });
    expect(() => parseVia('HTTP/1.1 x')).toThrow(SipParseError);
  });

  it('reads CSeq', () => {
    expect(parseCSeq('42 BYE')).toEqual({ seq: 42, method: 'BYE' });
    expect(() => parseCSeq('BYE')).toThrow(/bad CSeq/);
  });

  it('makes distinct tags and RFC 3261 branches', () => {
    expect(newTag()).not.toBe(newTag());
    expect(newBranch()).toMatch(/^z9hG4bK[0-9a-f]{16}$/);
  });

  it('throws nothing but SipParseError on any address text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        for (const parse of [parseNameAddr, parseUri, parseVia, parseCSeq]) {
          try {
            parse(text);
          } catch (error) {
            if (!(error instanceof SipParseError)) throw error;
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('REFER progress', () => {
  it('reads the sipfrag status line and maps it to an outcome', () => {
    expect(sipfragStatus('SIP/2.0 486 Busy Here\r\n')).toBe(486);
    expect(sipfragStatus('garbage')).toBeUndefined();
    expect([200, 486, 603, 408, 487, 404, 500].map(referOutcome)).toEqual([
      'answered', 'busy', 'busy', 'noAnswer', 'noAnswer', 'failed', 'failed',
    ]);
  });
});

describe('TCP framing', () => {
  it('cuts a stream into messages by Content-Length and keeps the partial rest', () => {
    const one = 'OPTIONS sip:a SIP/2.0\r\nl: 3\r\n\r\nabc';
    const seen: string[] = [];
    const rest = frameStream(Buffer.from(`\r\n${one}${one}OPTIONS sip:a SIP/2.0\r\nContent-Length: 5\r\n\r\nab`), (m) => seen.push(m.toString()));
    expect(seen).toEqual([one, one]);
    expect(rest.toString()).toBe('OPTIONS sip:a SIP/2.0\r\nContent-Length: 5\r\n\r\nab');
    expect(() => frameStream(Buffer.from('OPTIONS sip:a SIP/2.0\r\n\r\n'), () => undefined)).toThrow(/Content-Length/);
  });
});
