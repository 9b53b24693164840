import type { Context } from 'hono';
import { z } from 'zod';
import type { Config } from '../../config';
import { ApiError } from '../../http/errors';
import { parseForm, signatureMatches } from '../twilio/signature';
import { signedUrl } from '../twilio/urls';

const Address = z.string().trim().min(1).max(200);
const Text = z.string().max(10_000);
const Id = z.string().min(1).max(200);

/** Twilio's (and SignalWire's, Telnyx TeXML's) inbound message webhook; other fields are ignored. */
export const TwilioSms = z.object({
  From: Address.describe('Sender'),
  To: Address.describe('Our number: the address of an sms binding'),
  Body: Text.default(''),
  MessageSid: Id.optional().describe('Deliveries with the same MessageSid are handled once'),
});

export const JsonSms = z.object({
  from: Address.describe('Sender'),
  to: Address.describe('Our number: the address of an sms binding'),
  text: Text,
  id: Id.optional().describe('Message id; deliveries with the same id are handled once'),
});

export interface Inbound {
  /** Answer with TwiML (a Twilio form post) or JSON. */
  format: 'twiml' | 'json';
  from: string;
  to: string;
  text: string;
  id: string | undefined;
}

const issuesOf = (error: z.ZodError) => error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');

/** Reads either form of an inbound SMS; a form post must be signed when TWILIO_AUTH_TOKEN is set. */
export async function readInbound(c: Context, config: Config): Promise<Inbound> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  const raw = await c.req.text();
  if (type.includes('application/json')) {
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      throw new ApiError(400, 'request.invalid', 'the body is not JSON');
    }
    const parsed = JsonSms.safeParse(body);
    if (!parsed.success) throw new ApiError(400, 'request.invalid', issuesOf(parsed.error));
    const { from, to, text, id } = parsed.data;
    return { format: 'json', from, to, text, id };
  }
  if (type.includes('application/x-www-form-urlencoded')) {
    const params = parseForm(raw);
    if (config.TWILIO_AUTH_TOKEN) {
      const url = signedUrl(config.PUBLIC_URL, c.req.url);
      if (!signatureMatches(config.TWILIO_AUTH_TOKEN, c.req.header('x-twilio-signature'), url, params)) {
        throw new ApiError(403, 'signature.invalid', `X-Twilio-Signature is missing or does not match ${url}`);
      }
    }
    const parsed = TwilioSms.safeParse(Object.fromEntries([...params].map(([name, values]) => [name, values[0]])));
    if (!parsed.success) throw new ApiError(400, 'request.invalid', issuesOf(parsed.error));
    const { From, To, Body, MessageSid } = parsed.data;
    return { format: 'twiml', from: From, to: To, text: Body, id: MessageSid };
  }
  throw new ApiError(415, 'request.unsupportedType', 'send application/x-www-form-urlencoded (Twilio) or application/json');
}
