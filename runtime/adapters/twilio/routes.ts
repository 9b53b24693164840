import type { Context } from 'hono';
import { Trigger } from '../../../dsl/nodes/start';
import type { Feature } from '../../app';
import { ApiError } from '../../http/errors';
import type { StartRequest } from '../../sessions/engine';
import { DeliveryCache, goodbye, refusalTwiml, replyTwiml, twiml, type TwilioAdapter } from './adapter';
import { callback } from './callbacks';
import { FINAL_CALL_STATUSES, param } from './events';
import { QueueWaits } from './queueWait';
import { voiceTable } from './voices';
import { CALL_ID, readWebhook, type Webhook } from './webhook';

/**
 * Twilio-compatible voice webhooks (also SignalWire and Telnyx TeXML): a call's events come in
 * as form posts, the session's commands go out as TwiML. See README.md beside this file.
 */
export const twilioRoutes: Feature = (app, deps) => {
  const adapter: TwilioAdapter = {
    deps,
    voiceFor: voiceTable(process.env.TWILIO_VOICES),
    workflowSid: process.env.TWILIO_WORKFLOW_SID || undefined,
    deliveries: new DeliveryCache(),
    waits: new QueueWaits(),
  };
  app.post('/twilio/voice', (c) => incomingCall(c, adapter));
  app.post('/twilio/status', (c) => callStatus(c, adapter));
  app.post('/twilio/calls/:sid/:callback', (c) => callback(c, adapter));
};

const sized = (value: string | undefined, max = 200) => (value !== undefined && value.length <= max ? value : undefined);

const callId = (value: string | undefined) => (value !== undefined && CALL_ID.test(value) ? value : undefined);

/** The user part of a SIP URI ("sip:hotline@pbx.example" → "hotline"). */
function sipUser(address: string): string | undefined {
  return /^sips?:([^@;]+)@/i.exec(address)?.[1];
}

/**
 * Which scenario answers: a binding of the called number (or of a SIP URI's user part), else
 * the `scenario` query parameter of the webhook URL. An outbound call, placed through Twilio's
 * API, has the remote party in To: it names its scenario in the URL, or is found by our number.
 */
function routesFor(webhook: Webhook, outbound: boolean, ours: string): StartRequest['route'][] {
  const routes: StartRequest['route'][] = [];
  const scenario = webhook.query('scenario');
  if (outbound && scenario) routes.push({ kind: 'scenario', address: scenario });
  for (const address of [ours, sipUser(ours)]) {
    if (address && !routes.some((r) => r.kind === 'number' && r.address === address)) routes.push({ kind: 'number', address });
  }
  if (!outbound && scenario) routes.push({ kind: 'scenario', address: scenario });
  return routes;
}

/** Input variables from the webhook URL (`vars.patientName=…`), as Twilio's API cannot post our own fields. */
function varsFrom(c: Context): Record<string, string> {
  return Object.fromEntries(
    Object.entries(c.req.query())
      .filter(([name]) => name.startsWith('vars.') && name.length > 5)
      .map(([name, value]) => [name.slice(5), value]),
  );
}

async function incomingCall(c: Context, adapter: TwilioAdapter): Promise<Response> {
  const webhook = await readWebhook(c, adapter.deps.config);
  const callSid = callId(param(webhook.params, 'CallSid'));
  const from = sized(param(webhook.params, 'From') ?? '');
  const to = sized(param(webhook.params, 'To') ?? param(webhook.params, 'Called') ?? '');
  if (!callSid || from === undefined || to === undefined) {
    throw new ApiError(400, 'request.invalid', 'a Twilio voice webhook needs a CallSid (letters, digits, "_:.-", at most 128) and From/To of at most 200 characters');
  }
  const key = `${callSid}|${webhook.token ?? 'voice'}`;
  const sent = adapter.deliveries.get(key);
  if (sent) return twiml(c, sent);

  const asked = Trigger.safeParse(webhook.query('trigger'));
  const outbound = (param(webhook.params, 'Direction') ?? '').startsWith('outbound');
  const trigger = asked.success ? asked.data : outbound ? 'outbound' : 'call';
  // On an outbound call we are From; the session's caller is always the other party.
  const [remote, ours] = outbound ? [to, from] : [from, to];
  const utm = Object.fromEntries(
    Object.entries(c.req.query()).flatMap(([name, value]) => (name.startsWith('utm_') ? [[name.slice(4), value.slice(0, 500)]] : [])),
  );
  const campaign = webhook.query('campaign');
  const callerName = sized(param(webhook.params, 'CallerName'));
  let document: string | undefined;
  for (const route of routesFor(webhook, outbound, ours)) {
    try {
      const reply = await adapter.deps.engine.start(
        {
          route,
          trigger,
          channel: 'voice',
          caller: { number: remote, ...(callerName ? { name: callerName } : {}) },
          called: { number: ours },
          sessionId: callSid,
          vars: varsFrom(c),
          source: { adapter: 'twilio', ...(campaign ? { campaign: campaign.slice(0, 200) } : {}), ...(Object.keys(utm).length > 0 ? { utm } : {}) },
        },
        { deadlineMs: adapter.deps.config.WEBHOOK_DEADLINE_MS },
      );
      document = await replyTwiml(adapter, webhook, callSid, reply);
      break;
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) continue;
      document = await refusalTwiml(adapter, webhook, callSid, error);
      break;
    }
  }
  if (!document) {
    console.warn(`twilio: call ${callSid} to '${ours}' has no scenario (no number binding, no ?scenario=); apologising and hanging up`);
    document = goodbye();
  }
  adapter.deliveries.set(key, document);
  return twiml(c, document);
}

/** The call's status callback: a call that is over ends its session, once. */
async function callStatus(c: Context, adapter: TwilioAdapter): Promise<Response> {
  const webhook = await readWebhook(c, adapter.deps.config);
  const callSid = callId(param(webhook.params, 'CallSid'));
  const status = param(webhook.params, 'CallStatus') ?? '';
  if (callSid && FINAL_CALL_STATUSES.has(status)) {
    const record = await adapter.deps.engine.get(callSid);
    if (record?.status === 'active') {
      try {
        await adapter.deps.engine.send(callSid, { type: 'hangup' }, { idempotencyKey: 'twilio:status' });
      } catch (error) {
        // Ended meanwhile, or a hangup the session cannot take where it stands: nothing left to do.
        if (!(error instanceof ApiError)) throw error;
      }
    }
  }
  return c.body(null, 204);
}
