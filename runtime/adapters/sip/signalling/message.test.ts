import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMessage, serializeMessage, SipParseError } from './message';

const crlf = (text: string): Buffer => Buffer.from(text.replace(/\n/g, '\r\n'));

const INVITE = `INVITE sip:bank-hotline@127.0.0.1:5060 SIP/2.0
v: SIP/2.0/UDP 10.0.0.2:5062;branch=z9hG4bK111, SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK000
Via: SIP/2.0/TCP proxy.example;branch=z9hG4bK-1
f: "Bob, the caller" <sip:bob@example.com>;tag=abc
t: <sip:bank-hotline@127.0.0.1>
i: call-1@example.com
CSeq: 7 INVITE
Subject: a folded
  header line
c: application/sdp
l: 4

v=0
EXTRA`;

describe('parseMessage', () => {
  it('reads compact forms, case-insensitive names, multiple Vias and folded lines', () => {
    const message = parseMessage(crlf(INVITE));
    expect(message.kind).toBe('request');
    if (message.kind !== 'request') return;
    expect(message.method).toBe('INVITE');
    expect(message.uri).toBe('sip:bank-hotline@127.0.0.1:5060');
    expect(message.headers.getAll('VIA')).toEqual([
      'SIP/2.0/UDP 10.0.0.2:5062;branch=z9hG4bK111',
      'SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK000',
      'SIP/2.0/TCP proxy.example;branch=z9hG4bK-1',
    ]);
    expect(message.headers.get('from')).toBe('"Bob, the caller" <sip:bob@example.com>;tag=abc');
    expect(message.headers.get('Call-ID')).toBe('call-1@example.com');
    expect(message.headers.get('subject')).toBe('a folded header line');
    // §18.3: bytes after Content-Length are discarded.
    expect(message.body.toString()).toBe('v=0\r');
  });

  it('reads a response and round-trips through serializeMessage', () => {
    const text = 'SIP/2.0 180 Ringing\nVia: SIP/2.0/UDP a;branch=z9hG4bKx\nFrom: <sip:a@b>;tag=1\nTo: <sip:c@d>;tag=2\nCall-ID: x\nCSeq: 1 INVITE\nContent-Length: 0\n\n';
    const message = parseMessage(crlf(text));
    expect(message).toMatchObject({ kind: 'response', status: 180, reason: 'Ringing' });
    expect(serializeMessage(message).toString()).toBe(crlf(text).toString());
  });

  it('tolerates bare LF line ends and leading keep-alive CRLFs', () => {
    const text = '\r\n\r\nOPTIONS sip:x@y SIP/2.0\nVia: SIP/2.0/UDP a;branch=z9hG4bKx\nFrom: <sip:a@b>;tag=1\nTo: <sip:c@d>\nCall-ID: x\nCSeq: 1 OPTIONS\n\n';
    expect(parseMessage(Buffer.from(text))).toMatchObject({ kind: 'request', method: 'OPTIONS' });
  });

  it.each([
    ['a truncated message', 'INVITE sip:x@y SIP/2.0\r\nVia: SIP/2.0/UDP a', /truncated/],
    ['a bad start line', 'HELLO\r\n\r\n', /bad start line/],
    ['a non-SIP version', 'INVITE sip:x@y HTTP/1.1\r\n\r\n', /bad start line/],
    ['a missing Call-ID', 'OPTIONS sip:x@y SIP/2.0\r\nVia: SIP/2.0/UDP a\r\nFrom: <sip:a@b>\r\nTo: <sip:c@d>\r\nCSeq: 1 OPTIONS\r\n\r\n', /missing Call-ID/],
    ['a missing Via', 'OPTIONS sip:x@y SIP/2.0\r\nFrom: <sip:a@b>\r\nTo: <sip:c@d>\r\nCall-ID: 1\r\nCSeq: 1 OPTIONS\r\n\r\n', /missing Via/],
    ['a CSeq for another method', 'BYE sip:x@y SIP/2.0\r\nVia: SIP/2.0/UDP a\r\nFrom: <sip:a@b>\r\nTo: <sip:c@d>\r\nCall-ID: 1\r\nCSeq: 1 INVITE\r\n\r\n', /does not match/],
    ['a short body', 'BYE sip:x@y SIP/2.0\r\nVia: SIP/2.0/UDP a\r\nFrom: <sip:a@b>\r\nTo: <sip:c@d>\r\nCall-ID: 1\r\nCSeq: 1 BYE\r\nContent-Length: 10\r\n\r\nabc', /Content-Length 10 but the body has 3 bytes/],
    ['a header line without colon', 'BYE sip:x@y SIP/2.0\r\nVia SIP/2.0/UDP a\r\n\r\n', /bad header line/],
  ])('names the problem in %s', (_, text, problem) => {
    expect(() => parseMessage(Buffer.from(text))).toThrow(problem);
  });

  it('keeps the parsed request on the error so a 400 can still be sent', () => {
    const text = 'BYE sip:x@y SIP/2.0\r\nVia: SIP/2.0/UDP a;branch=z9hG4bK1\r\nFrom: <sip:a@b>\r\nTo: <sip:c@d>\r\nCSeq: 1 BYE\r\n\r\n';
    try {
      parseMessage(Buffer.from(text));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SipParseError);
      expect((error as SipParseError).request?.headers.get('via')).toContain('z9hG4bK1');
    }
  });

  it('requires Content-Length on stream transports', () => {
    const text = 'BYE sip:x@y SIP/2.0\r\nVia: SIP/2.0/TCP a\r\nFrom: <sip:a@b>\r\nTo: <sip:c@d>\r\nCall-ID: 1\r\nCSeq: 1 BYE\r\n\r\n';
    expect(() => parseMessage(Buffer.from(text), true)).toThrow(/Content-Length missing/);
  });

  it('throws nothing but SipParseError, whatever the bytes', () => {
    const onlyParseErrors = (data: Uint8Array): void => {
      try {
        parseMessage(Buffer.from(data));
      } catch (error) {
        if (!(error instanceof SipParseError)) throw error;
      }
    };
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), onlyParseErrors), { numRuns: 2000 });
    // Mutations of a valid message reach far deeper than random bytes.
    const valid = crlf(INVITE);
    const mutated = fc
      .array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 })
      .chain((edits) => fc.nat(valid.length).map((cut) => ({ edits, cut })));
    fc.assert(
      fc.property(mutated, ({ edits, cut }) => {
        const copy = Buffer.from(valid);
        for (const [index, byte] of edits) copy[index] = byte;
        onlyParseErrors(copy.subarray(0, cut));
      }),
      { numRuns: 3000 },
    );
  });
});
