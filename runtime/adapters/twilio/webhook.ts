import type { Context } from 'hono';
import type { Config } from '../../config';
import { ApiError } from '../../http/errors';
import { parseForm, signatureMatches, type Params } from './signature';
import { baseUrl, signedUrl } from './urls';

/** Twilio's CA…, SignalWire's UUIDs, Telnyx's "v3:…": the call id also names the session's file. */
export const CALL_ID = /^[\w:.-]{1,128}$/;

/** A Twilio webhook request, read and — when an auth token is configured — proven to come from Twilio. */
export interface Webhook {
  params: Params;
  /** Where callbacks for this call go. */
  base: string;
  /** The step the callback URL carried; the TwiML we answer with carries the next one. */
  step: number;
  /** Twilio's retry marker when it sent one: the same token on every delivery of one webhook. */
  token: string | undefined;
  query: (name: string) => string | undefined;
}

export async function readWebhook(c: Context, config: Config): Promise<Webhook> {
  const params = parseForm(await c.req.text());
  if (config.TWILIO_AUTH_TOKEN) {
    const url = signedUrl(config.PUBLIC_URL, c.req.url);
    // SignalWire's compatibility API signs the same way, with its project signing key.
    const header = c.req.header('x-twilio-signature') ?? c.req.header('x-signalwire-signature');
    if (!signatureMatches(config.TWILIO_AUTH_TOKEN, header, url, params)) {
      throw new ApiError(
        403,
        'signature.invalid',
        `X-Twilio-Signature is missing or does not match ${url}: the request is not from Twilio, or TWILIO_AUTH_TOKEN / PUBLIC_URL differ from the account and the URL configured at Twilio`,
      );
    }
  }
  const step = Number(c.req.query('step'));
  return {
    params,
    base: baseUrl(config.PUBLIC_URL, c.req.url),
    step: Number.isSafeInteger(step) && step >= 0 ? step : 0,
    token: c.req.header('i-twilio-idempotency-token')?.slice(0, 200) || undefined,
    query: (name) => c.req.query(name),
  };
}
