import { createHmac, timingSafeEqual } from 'node:crypto';

/** POST parameters as received; a name sent more than once keeps all its values. */
export type Params = Map<string, string[]>;

/**
 * Twilio's request signature: HMAC-SHA1, keyed with the auth token, over the full URL it
 * requested followed by every POST parameter as name+value, names sorted (values of a repeated
 * name sorted and de-duplicated, as Twilio's own libraries do), base64-encoded.
 * https://www.twilio.com/docs/usage/security#validating-requests
 */
export function twilioSignature(authToken: string, url: string, params: Params): string {
  let data = url;
  for (const name of [...params.keys()].sort()) {
    for (const value of [...new Set(params.get(name))].sort()) data += name + value;
  }
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf8')).digest('base64');
}

/**
 * Twilio signs the URL exactly as it was configured, which for https may or may not carry the
 * default port (":443") that a proxy in front of us added or dropped; both forms are accepted.
 */
export function signatureMatches(authToken: string, header: string | undefined, url: string, params: Params): boolean {
  if (!header) return false;
  const given = Buffer.from(header);
  return urlForms(url).some((candidate) => {
    const expected = Buffer.from(twilioSignature(authToken, candidate, params));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}

function urlForms(url: string): string[] {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#:]*)(:\d+)?(.*)$/i.exec(url);
  if (!match) return [url];
  const [, scheme, host, port, rest] = match as unknown as [string, string, string, string | undefined, string];
  const defaultPort = scheme.toLowerCase() === 'https://' ? ':443' : ':80';
  const forms = [url, scheme + host + rest];
  if (!port) forms.push(scheme + host + defaultPort + rest);
  return [...new Set(forms)];
}

/** Form-encoded body → parameters, keeping repeated names. */
export function parseForm(body: string): Params {
  const params: Params = new Map();
  for (const [name, value] of new URLSearchParams(body)) {
    const values = params.get(name);
    if (values) values.push(value);
    else params.set(name, [value]);
  }
  return params;
}
