import type { Context } from 'hono';
import type { Deps } from '../../app';
import { ApiError } from '../../http/errors';
import type { Reply } from '../../sessions/engine';
import type { QueueWaits } from './queueWait';
import { apology, gatherNeedsLocale, replyVerbs, type RenderContext } from './render';
import { twimlDocument, verb } from './twiml';
import { callUrls } from './urls';
import type { VoiceFor } from './voices';
import { currentLocale, repeatVerbs } from './waiting';
import type { Webhook } from './webhook';

/** What every Twilio route shares. */
export interface TwilioAdapter {
  deps: Deps;
  voiceFor: VoiceFor;
  workflowSid: string | undefined;
  deliveries: DeliveryCache;
  waits: QueueWaits;
}

const FALLBACK_LOCALE = 'en-US';

/**
 * TwiML already sent, by delivery: a webhook Twilio retries gets exactly the same document,
 * even one that was answered early with a hold prompt. After a restart the engine's stored
 * replies still keep events from being handled twice.
 */
export class DeliveryCache {
  private readonly sent = new Map<string, string>();
  constructor(private readonly size = 5_000) {}

  get(key: string): string | undefined {
    return this.sent.get(key);
  }

  set(key: string, twiml: string): void {
    this.sent.set(key, twiml);
    if (this.sent.size > this.size) this.sent.delete(this.sent.keys().next().value!);
  }
}

export function twiml(c: Context, document: string): Response {
  return c.body(document, 200, { 'Content-Type': 'text/xml; charset=utf-8' });
}

export function renderContext(adapter: TwilioAdapter, webhook: Webhook, callSid: string, locale: string): RenderContext {
  return {
    urls: callUrls(webhook.base, callSid, webhook.step + 1),
    locale,
    voiceFor: adapter.voiceFor,
    workflowSid: adapter.workflowSid,
  };
}

/** TwiML for a reply; when the reply alone leaves the call without a way back to us, the waiting question is repeated. */
export async function replyTwiml(adapter: TwilioAdapter, webhook: Webhook, callSid: string, reply: Reply): Promise<string> {
  const { engine } = adapter.deps;
  let record = gatherNeedsLocale(reply.commands) ? await engine.get(callSid) : undefined;
  const locale = (record && currentLocale(record)) ?? FALLBACK_LOCALE;
  const verbs = replyVerbs(reply, renderContext(adapter, webhook, callSid, locale));
  if (verbs) return twimlDocument(verbs);
  record ??= await engine.get(callSid);
  return twimlDocument(repeatVerbs(record, renderContext(adapter, webhook, callSid, (record && currentLocale(record)) ?? locale)));
}

/**
 * The engine's refusals become TwiML the call can go on with: an event out of order repeats
 * what the session waits for, an ended or unknown session hangs up. Twilio would otherwise
 * play its "application error" message and drop the caller.
 */
export async function refusalTwiml(adapter: TwilioAdapter, webhook: Webhook, callSid: string, error: unknown): Promise<string> {
  if (!(error instanceof ApiError)) throw error;
  if (error.status === 409 && (error.code === 'event.unexpected' || error.code === 'session.exists')) {
    const record = await adapter.deps.engine.get(callSid);
    return twimlDocument(repeatVerbs(record, renderContext(adapter, webhook, callSid, (record && currentLocale(record)) ?? FALLBACK_LOCALE)));
  }
  if (error.status === 409 && error.code === 'session.ended') return twimlDocument([verb('Hangup')]);
  if (error.status === 404 || error.status === 409) {
    console.warn(`twilio: call ${callSid}: ${error.message}`);
    return goodbye();
  }
  throw error;
}

export const goodbye = (): string => twimlDocument([apology(), verb('Hangup')]);


