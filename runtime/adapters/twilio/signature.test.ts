import fc from 'fast-check';
import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { parseForm, signatureMatches, twilioSignature, type Params } from './signature';

const TOKEN = '12345678901234567890123456789012';
const asParams = (record: Record<string, string | string[]>): Params =>
  new Map(Object.entries(record).map(([name, value]) => [name, Array.isArray(value) ? value : [value]]));

describe('X-Twilio-Signature', () => {
  it('agrees with the twilio package for any URL and parameters, repeated names included', () => {
    const name = fc.string({ minLength: 1, maxLength: 12 });
    const value = fc.string({ maxLength: 30 });
    fc.assert(
      fc.property(
        fc.webUrl({ withQueryParameters: true }),
        fc.dictionary(name, fc.oneof(value, fc.array(value, { minLength: 1, maxLength: 3 }))),
        (url, params) => {
          expect(twilioSignature(TOKEN, url, asParams(params))).toBe(twilio.getExpectedTwilioSignature(TOKEN, url, params));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('accepts exactly the requests twilio.validateRequest accepts, with or without the default port', () => {
    const params = { CallSid: 'CA1', Digits: '1' };
    for (const signed of ['https://voice.example.com/twilio/voice?step=1', 'https://voice.example.com:443/twilio/voice?step=1']) {
      const header = twilio.getExpectedTwilioSignature(TOKEN, signed, params);
      for (const received of ['https://voice.example.com/twilio/voice?step=1', 'https://voice.example.com:443/twilio/voice?step=1']) {
        expect(signatureMatches(TOKEN, header, received, asParams(params))).toBe(twilio.validateRequest(TOKEN, header, received, params));
        expect(signatureMatches(TOKEN, header, received, asParams(params))).toBe(true);
      }
    }
  });

  it('refuses a missing signature, another token\'s, another URL\'s and changed parameters', () => {
    const url = 'https://voice.example.com/twilio/voice';
    const params = { CallSid: 'CA1', Digits: '1' };
    const header = twilio.getExpectedTwilioSignature(TOKEN, url, params);
    expect(signatureMatches(TOKEN, undefined, url, asParams(params))).toBe(false);
    expect(signatureMatches(TOKEN, twilio.getExpectedTwilioSignature('another-token', url, params), url, asParams(params))).toBe(false);
    expect(signatureMatches(TOKEN, header, `${url}?scenario=x`, asParams(params))).toBe(false);
    expect(signatureMatches(TOKEN, header, url, asParams({ ...params, Digits: '2' }))).toBe(false);
    expect(signatureMatches(TOKEN, header, url, asParams(params))).toBe(true);
  });

  it('reads a form body keeping every value of a repeated name', () => {
    const params = parseForm('To=%2B4930&Hint=a&Hint=b+c&Empty=');
    expect([...params]).toEqual([['To', ['+4930']], ['Hint', ['a', 'b c']], ['Empty', ['']]]);
  });
});
