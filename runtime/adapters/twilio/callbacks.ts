import type { Context } from 'hono';
import { ApiError, notFound } from '../../http/errors';
import type { Reply } from '../../sessions/engine';
import { refusalTwiml, renderContext, replyTwiml, twiml, type TwilioAdapter } from './adapter';
import { dialEvent, gatherEvent, queueEvent, recordEvent, type Mapped } from './events';
import { sayVerb } from './render';
import { twimlDocument } from './twiml';
import { CALLBACKS, type Callback } from './urls';
import { currentLocale, lastCommandOf } from './waiting';
import { CALL_ID, readWebhook, type Webhook } from './webhook';

const isCallback = (name: string): name is Callback => (CALLBACKS as readonly string[]).includes(name);

/** `POST /twilio/calls/:sid/:callback` — every URL our TwiML gives Twilio to call back. */
export async function callback(c: Context, adapter: TwilioAdapter): Promise<Response> {
  const kind = c.req.param('callback') ?? '';
  if (!isCallback(kind)) throw notFound(`Twilio callback '${kind}'`);
  const callSid = c.req.param('sid') ?? '';
  if (!CALL_ID.test(callSid)) throw new ApiError(400, 'request.invalid', 'the call id in the URL must be 1 to 128 letters, digits or "_:.-"');
  const webhook = await readWebhook(c, adapter.deps.config);
  if (kind === 'whisper') return twiml(c, await whisper(adapter, webhook, callSid, c.req.query('node') ?? ''));
  if (kind === 'wait') return twiml(c, await queueWait(adapter, webhook, callSid, c.req.query('node') ?? ''));

  // A retry of a delivery we answered gets the same document, and its event is handled once.
  const key = `twilio:${webhook.token ?? `${kind}:${webhook.step}`}`;
  const sent = adapter.deliveries.get(`${callSid}|${key}`);
  if (sent) return twiml(c, sent);
  let document: string;
  try {
    const reply = kind === 'resume' ? await resume(adapter, callSid) : await handle(adapter, webhook, callSid, kind, key);
    document = await replyTwiml(adapter, webhook, callSid, reply);
  } catch (error) {
    document = await refusalTwiml(adapter, webhook, callSid, error);
  }
  adapter.deliveries.set(`${callSid}|${key}`, document);
  return twiml(c, document);
}

async function handle(adapter: TwilioAdapter, webhook: Webhook, callSid: string, kind: Callback, key: string): Promise<Reply> {
  const mapped: Mapped =
    kind === 'gather'
      ? gatherEvent(webhook.params)
      : kind === 'noinput'
        ? { event: { type: 'noInput' } }
        : kind === 'dial'
          ? dialEvent(webhook.params)
          : kind === 'queue'
            ? queueEvent(webhook.params, adapter.waits.left(callSid))
            : recordEvent(webhook.params);
  if ('problem' in mapped) throw new ApiError(400, 'request.invalid', `Twilio ${kind} callback: ${mapped.problem}`);
  return adapter.deps.engine.send(callSid, mapped.event, { idempotencyKey: key, deadlineMs: adapter.deps.config.WEBHOOK_DEADLINE_MS });
}

/**
 * The rest of a step that outlived the webhook deadline. Twilio follows our redirect right
 * after the hold prompt, usually while the step still runs; the engine files the remaining
 * commands just after the step ends, in a second turn of the session's lock that our resume
 * can get ahead of. An empty answer is therefore asked for once more, after that filing.
 */
async function resume(adapter: TwilioAdapter, callSid: string): Promise<Reply> {
  const { engine } = adapter.deps;
  const reply = await engine.resume(callSid);
  return reply.commands.length > 0 ? reply : engine.resume(callSid);
}

/** TwiML the answering agent hears before the call is connected (<Number url=…>). */
async function whisper(adapter: TwilioAdapter, webhook: Webhook, callSid: string, nodeId: string): Promise<string> {
  const record = await adapter.deps.engine.get(callSid);
  const transfer = record && lastCommandOf(record, 'transfer', nodeId);
  if (!transfer?.whisper) return twimlDocument([]);
  return twimlDocument([sayVerb(transfer.whisper, renderContext(adapter, webhook, callSid, transfer.whisper.locale))]);
}

/** What a queued caller hears while waiting: position, then hold music; Twilio repeats it. */
async function queueWait(adapter: TwilioAdapter, webhook: Webhook, callSid: string, nodeId: string): Promise<string> {
  const record = await adapter.deps.engine.get(callSid);
  const enqueue = record && lastCommandOf(record, 'enqueue', nodeId);
  const ctx = renderContext(adapter, webhook, callSid, (record && currentLocale(record)) ?? 'en-US');
  return twimlDocument(adapter.waits.verbs(callSid, enqueue, webhook.params, ctx));
}
