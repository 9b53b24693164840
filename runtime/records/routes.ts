import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Feature } from '../app';
import { notFound } from '../http/errors';
import { errors, json } from '../http/responses';
import type { SessionSummary } from '../storage/records';
import { callerMask } from './anonymize';
import { monitorRoute } from './monitor';
import { CallDetail, CallQuery, CallSummary, ScenarioStats, StatsQuery } from './schemas';
import { scenarioStats } from './stats';

const tags = ['Records'];
/** Statistics read every session of a scenario; the session store's list needs a bound. */
const ALL = Number.MAX_SAFE_INTEGER;

/** Masks the caller's number everywhere in a session's data; the caller's name goes entirely. */
function anonymiser(enabled: boolean) {
  const mask = callerMask(enabled);
  return <T extends { caller: SessionSummary['caller'] }>(session: T): T => mask(session, session.caller.number, session.caller.name);
}

/** Call records, statistics for the studio's heat map, and the live monitor stream. */
export const recordRoutes: Feature = (app, deps) => {
  const { storage, scenarios, config } = deps;
  const anonymise = anonymiser(config.ANONYMIZE_CALLERS);

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/calls',
      tags,
      summary: 'List call and chat sessions, newest first',
      request: { query: CallQuery },
      responses: { 200: json(z.array(CallSummary), 'Session summaries'), ...errors(400) },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const summaries = await storage.sessions.list({
        ...(q.from ? { from: q.from } : {}),
        ...(q.to ? { to: q.to } : {}),
        ...(q.status ? { status: q.status } : {}),
        ...(q.scenario ? { scenarioId: q.scenario } : {}),
        ...(q.tag ? { tag: q.tag } : {}),
        limit: q.limit,
      });
      return c.json(summaries.map(anonymise), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/calls/{id}',
      tags,
      summary: 'Read a session with its trace',
      description: 'The trace lists, with timestamps, the events handled, nodes visited, commands sent, effects (HTTP, lookups) and variables changed.',
      request: { params: z.object({ id: z.string().min(1).max(200) }) },
      responses: { 200: json(CallDetail, 'The session'), ...errors(404) },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      const record = await storage.sessions.get(id);
      if (!record) throw notFound(`session '${id}'`);
      const { snapshot: _snapshot, replies: _replies, undelivered: _undelivered, ...detail } = record;
      return c.json(anonymise(detail), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/scenarios/{id}/stats',
      tags,
      summary: 'Visit counts per node and totals by status and end reason',
      request: { params: z.object({ id: z.string().min(1).max(100) }), query: StatsQuery },
      responses: { 200: json(ScenarioStats, 'Statistics'), ...errors(400, 404) },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      const q = c.req.valid('query');
      await scenarios.get(id);
      const summaries = await storage.sessions.list({ scenarioId: id, ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}), limit: ALL });
      return c.json(scenarioStats(id, summaries, q), 200);
    },
  );

  monitorRoute(app, deps);
};
