import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Feature } from '../app';
import { notFound } from '../http/errors';
import { onServer } from '../http/server-hooks';
import { errors, json } from '../http/responses';
import { acdFor, acdReady, closeAcd } from './registry';
import { Agent, AgentId, AgentInput, AgentState, QueueStatus, QueueSummary } from './schema';

const agentTags = ['Agents'];
const queueTags = ['Queues'];
const IdParam = z.object({ id: AgentId });
const body = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });

/** Agents and their states, queue overviews, and each queued call's status for the telephony side. */
export const acdRoutes: Feature = (app, deps) => {
  const acd = acdFor(deps);
  const agents = acd.agents;
  onServer(app, () => () => closeAcd(deps));

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/agents',
      tags: agentTags,
      summary: 'List agents',
      request: { query: z.object({ state: AgentState.optional() }) },
      responses: { 200: json(z.array(Agent), 'Agents'), ...errors(400) },
    }),
    async (c) => c.json(await agents.list(c.req.valid('query').state), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/agents/{id}', tags: agentTags, summary: 'Read an agent', request: { params: IdParam }, responses: { 200: json(Agent, 'The agent'), ...errors(400, 404) } }),
    async (c) => c.json(await agents.get(c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/agents/{id}',
      tags: agentTags,
      summary: 'Create or replace an agent',
      description: 'An agent put in as available may be given a waiting caller at once: the answer then shows the agent busy.',
      request: { params: IdParam, body: body(AgentInput) },
      responses: { 200: json(Agent, 'Replaced'), 201: json(Agent, 'Created'), ...errors(400) },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      const { created } = await agents.put(id, c.req.valid('json'));
      await acd.match();
      return c.json(await agents.get(id), created ? 201 : 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/agents/{id}/state',
      tags: agentTags,
      summary: 'Set an agent available, busy or offline',
      description: 'Becoming available starts the idle time: the agent idle longest gets the next caller. The ACD sets agents busy when it gives them a caller; they (or their phone system) set themselves available again after the call.',
      request: { params: IdParam, body: body(z.object({ state: AgentState })) },
      responses: { 200: json(Agent, 'The agent'), ...errors(400, 404) },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      await agents.setState(id, c.req.valid('json').state);
      await acd.match();
      return c.json(await agents.get(id), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: '/api/agents/{id}', tags: agentTags, summary: 'Remove an agent', request: { params: IdParam }, responses: { 204: { description: 'Removed' }, ...errors(400, 404) } }),
    async (c) => {
      await agents.remove(c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/queues', tags: queueTags, summary: 'Queues with waiting callers and available agents', responses: { 200: json(z.array(QueueSummary), 'Queues') } }),
    async (c) => {
      await acdReady(deps);
      return c.json(await acd.queues(), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/calls/{id}/queue',
      tags: queueTags,
      summary: 'Where a queued call stands: position, estimated wait, and the agent once one is free',
      description:
        'Poll while the session waits for a queue result. On `assigned`, connect the caller to `assignment.target` and report `queueResult: answered` (or what happened); on `timeout` or `full`, report that result. `positionPrompt` is the announcement to play every `announceEvery` seconds.',
      request: { params: z.object({ id: z.string().min(1).max(200) }) },
      responses: { 200: json(QueueStatus, 'The call\'s queue status'), ...errors(404) },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      await acdReady(deps);
      const status = await acd.status(id);
      if (!status) throw notFound(`a queue entry for session '${id}'`);
      return c.json(status, 200);
    },
  );
};
