import { createRoute } from '@hono/zod-openapi';
import type { Feature } from '../../app';
import { errors } from '../../http/responses';
import { twiml } from '../twilio/adapter';
import { linkQueues } from '../chat/queue';
import { SmsConversations } from './conversation';
import { JsonSms, readInbound, TwilioSms } from './inbound';
import { replyTwiml, SmsReply } from './render';
import { SmsStore } from './state';

const webhookRoute = createRoute({
  method: 'post',
  path: '/sms/webhook',
  tags: ['SMS'],
  summary: 'Inbound SMS: the reply continues the sender\'s conversation',
  description: [
    'Routes by the sms binding whose address is the recipient (To). A Twilio-compatible form post is answered with',
    'TwiML (`<Response><Message>…</Message></Response>`) and must carry X-Twilio-Signature when TWILIO_AUTH_TOKEN is set;',
    'a JSON post is answered with JSON. Menus arrive as numbered lists; replying with the number selects.',
    'A MessageSid / id seen before gets the same reply without being handled again.',
  ].join(' '),
  request: {
    body: {
      content: { 'application/x-www-form-urlencoded': { schema: TwilioSms }, 'application/json': { schema: JsonSms } },
      required: true,
    },
  },
  responses: {
    200: {
      description: 'The reply: TwiML for form posts, JSON for JSON posts',
      content: { 'application/xml': { schema: { type: 'string' } }, 'application/json': { schema: SmsReply } },
    },
    ...errors(400, 403, 404, 409, 413),
    415: { description: 'Neither a form post nor JSON' },
  },
});

/** SMS over a Twilio-compatible webhook, or plain JSON from any other gateway. */
export const smsRoutes: Feature = (app, deps) => {
  const store = new SmsStore(deps.storage);
  const conversations = new SmsConversations(deps, store, linkQueues(deps, 'sms').announcement);
  deps.monitor.subscribe((event) => conversations.observe(event));

  app.openAPIRegistry.registerPath(webhookRoute);
  app.post('/sms/webhook', async (c) => {
    const inbound = await readInbound(c, deps.config);
    const reply = await conversations.handle(inbound);
    return inbound.format === 'twiml' ? twiml(c, replyTwiml(reply)) : c.json(reply, 200);
  });
};
