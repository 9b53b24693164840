import { createHmac, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

/**
 * jambonz signs webhooks like Stripe does: `Jambonz-Signature: t=<unix time>,v1=<hex>`, the
 * HMAC-SHA256 of "<t>.<raw body>" under the account's webhook secret. Several secrets may be
 * configured at once, so a secret can be rotated without dropping calls.
 */
export function signatureOf(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

export function verifySignature(secrets: string[], header: string | undefined, body: string): boolean {
  if (!header) return false;
  const parts = header.split(',').map((p) => p.trim().split('='));
  const timestamp = parts.find(([k]) => k === 't')?.[1];
  const signatures = parts.filter(([k, v]) => k === 'v1' && v).map(([, v]) => v!);
  if (!timestamp || signatures.length === 0) return false;
  return secrets.some((secret) => {
    const expected = Buffer.from(signatureOf(secret, timestamp, body));
    return signatures.some((s) => s.length === expected.length && timingSafeEqual(Buffer.from(s), expected));
  });
}

/** Refuses (403) webhooks without a valid signature; the body stays readable for the route. */
export function requireSignature(secrets: string[]): MiddlewareHandler {
  return async (c, next) => {
    if (!verifySignature(secrets, c.req.header('jambonz-signature'), await c.req.text())) {
      return c.json({ error: { code: 'signature.invalid', message: 'the Jambonz-Signature header is missing or does not match the body' } }, 403);
    }
    await next();
  };
}
