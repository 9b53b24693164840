import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Feature } from '../../app';
import { errors, json } from '../../http/responses';
import { JambonzCalls } from './calls';
import { CallPayload, HookPayload, StatusPayload } from './events';
import { ACTION_KINDS, PREFIX } from './hooks';
import { readJambonzSettings } from './settings';
import { requireSignature } from './signature';
import { Verbs } from './verbs';

const tags = ['jambonz webhooks'];
const body = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });
const answer = { 200: json(Verbs, 'The verbs jambonz runs next'), ...errors(400, 403, 413) };
const SessionId = z.string().min(1).max(200);
const Step = z.coerce.number().int().min(0).max(1_000_000);

const CallQuery = z.looseObject({
  scenario: z.string().max(100).optional().describe('Scenario to run when no binding matches the called number'),
  locale: z.string().max(20).optional(),
  campaign: z.string().max(200).optional(),
});

/** utm_source=… query parameters on the application URL, as the session's traffic source. */
function utmOf(query: Record<string, unknown>): Record<string, string> | undefined {
  const utm = Object.entries(query).filter(([k, v]) => k.startsWith('utm_') && typeof v === 'string');
  return utm.length > 0 ? Object.fromEntries(utm.map(([k, v]) => [k.slice(4), String(v).slice(0, 500)])) : undefined;
}

/**
 * jambonz webhooks: configure `POST {PUBLIC_URL}/jambonz/call` as the application's calling
 * webhook and `/jambonz/status` as its call status webhook; every other hook URL is ours,
 * handed out in the verbs.
 */
export const jambonzFeature = (env: Record<string, string | undefined> = process.env): Feature => (app, deps) => {
  const settings = readJambonzSettings(env);
  const calls = new JambonzCalls(deps, settings);
  if (settings.JAMBONZ_WEBHOOK_SECRET.length > 0) app.use(`${PREFIX}/*`, requireSignature(settings.JAMBONZ_WEBHOOK_SECRET));

  app.openapi(
    createRoute({
      method: 'post',
      path: `${PREFIX}/call`,
      tags,
      summary: 'Calling webhook: a new call starts a session',
      description: 'Runs the scenario bound to the called number (or its SIP user part), else `?scenario=`. Unknown numbers hear a notice and are hung up.',
      request: { query: CallQuery, body: body(CallPayload) },
      responses: answer,
    }),
    async (c) => {
      const query = c.req.valid('query');
      const utm = utmOf(query);
      const verbs = await calls.start(c.req.valid('json'), { scenario: query.scenario, locale: query.locale, campaign: query.campaign, utm }, c.req.url);
      return c.json(verbs, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: `${PREFIX}/status`,
      tags,
      summary: 'Call status webhook: a finished call ends its session',
      request: { body: body(StatusPayload) },
      responses: answer,
    }),
    async (c) => {
      const p = c.req.valid('json');
      return c.json(await calls.status(p.call_sid, p.call_status), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: `${PREFIX}/hook/{sessionId}/{kind}/{step}`,
      tags,
      summary: 'Action hooks: gather, dial, enqueue and recording results, and resuming a slow step',
      description: 'The same hook delivered twice (same session, kind and step) is handled once and answered the same.',
      request: {
        params: z.object({ sessionId: SessionId, kind: z.enum(ACTION_KINDS), step: Step }),
        query: z.looseObject({ maxWait: z.coerce.number().min(0).optional().describe('The queue\'s maxWait, on enqueue hooks') }),
        body: body(HookPayload),
      },
      responses: answer,
    }),
    async (c) => {
      const { sessionId, kind, step } = c.req.valid('param');
      return c.json(await calls.action(sessionId, kind, step, c.req.valid('json'), c.req.valid('query').maxWait, c.req.url), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: `${PREFIX}/wait/{sessionId}/{step}`,
      tags,
      summary: 'Enqueue waitHook: position announcements and hold music',
      request: { params: z.object({ sessionId: SessionId, step: Step }), body: body(HookPayload) },
      responses: answer,
    }),
    async (c) => c.json(await calls.wait(c.req.valid('param').sessionId, c.req.valid('json'), c.req.url), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: `${PREFIX}/whisper/{sessionId}/{step}`,
      tags,
      summary: 'Dial confirmHook: the whisper the answering agent hears',
      request: { params: z.object({ sessionId: SessionId, step: Step }) },
      responses: answer,
    }),
    async (c) => c.json(await calls.whisper(c.req.valid('param').sessionId, c.req.url), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: `${PREFIX}/transcript/{sessionId}`,
      tags,
      summary: 'Transcription hook of a voicemail recording',
      request: { params: z.object({ sessionId: SessionId }), body: body(z.looseObject({ speech: z.unknown().optional() })) },
      responses: answer,
    }),
    async (c) => c.json(calls.transcript(c.req.valid('param').sessionId, c.req.valid('json').speech), 200),
  );
};

export const jambonzRoutes = jambonzFeature();
