import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Command } from '../../../dsl/session/commands';
import { CallerEvent } from '../../../dsl/session/events';
import { Channel } from '../../../dsl/schema/document';
import { Trigger } from '../../../dsl/nodes/start';
import type { Feature } from '../../app';
import { errors, json } from '../../http/responses';

const tags = ['Native call control'];

export const StartCall = z
  .object({
    scenarioId: z.string().optional().describe('Run this scenario (its current revision, or `revision`)'),
    revision: z.number().int().positive().optional(),
    binding: z
      .object({ kind: z.enum(['number', 'chat', 'sms']), address: z.string().min(1) })
      .optional()
      .describe('Or: run what is bound to this called number / chat channel / SMS number'),
    sessionId: z.string().min(1).max(200).optional().describe('Your id for the call; made up when absent'),
    trigger: Trigger.default('call'),
    channel: Channel.default('voice'),
    from: z.string().max(200).default('').describe('Caller number'),
    callerName: z.string().max(200).optional(),
    to: z.string().max(200).default('').describe('Called number'),
    locale: z.string().max(20).optional(),
    vars: z.record(z.string(), z.unknown()).default({}).describe('Values for the scenario\'s input variables'),
    campaign: z.string().max(200).optional(),
    utm: z.record(z.string(), z.string().max(500)).optional(),
  })
  .refine((b) => b.scenarioId !== undefined || b.binding !== undefined, { message: 'give scenarioId or binding', path: ['scenarioId'] });

export const Reply = z.object({
  sessionId: z.string(),
  commands: z.array(Command),
  ended: z.boolean(),
  endReason: z.string().nullable(),
  nodeId: z.string().nullable(),
  waitingFor: z.string().nullable(),
  pending: z.boolean().describe('More commands will follow: POST …/resume to get them'),
});

const SessionParam = z.object({ id: z.string().min(1).max(200) });

/**
 * The project's own call control: the telephony core starts a call, performs the returned
 * commands and posts what happened as events. Every answer is the next batch of commands.
 */
export const nativeRoutes: Feature = (app, { engine }) => {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/calls',
      tags,
      summary: 'Start a call or chat session',
      request: { body: { content: { 'application/json': { schema: StartCall } }, required: true } },
      responses: { 201: json(Reply, 'The first commands'), ...errors(400, 404, 409) },
    }),
    async (c) => {
      const b = c.req.valid('json');
      const reply = await engine.start({
        route: b.binding ?? { kind: 'scenario', address: b.scenarioId!, ...(b.revision ? { revision: b.revision } : {}) },
        trigger: b.trigger,
        channel: b.channel,
        caller: { number: b.from, ...(b.callerName ? { name: b.callerName } : {}) },
        called: { number: b.to },
        ...(b.sessionId ? { sessionId: b.sessionId } : {}),
        ...(b.locale ? { locale: b.locale } : {}),
        vars: b.vars,
        source: { adapter: 'native', ...(b.campaign ? { campaign: b.campaign } : {}), ...(b.utm ? { utm: b.utm } : {}) },
      });
      return c.json(reply, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/calls/{id}/events',
      tags,
      summary: 'Report what happened on the call; returns the next commands',
      description: 'Send the same Idempotency-Key again (a retry) and you get the same answer; the event is handled once.',
      request: {
        params: SessionParam,
        headers: z.object({ 'idempotency-key': z.string().max(200).optional() }),
        body: { content: { 'application/json': { schema: CallerEvent } }, required: true },
      },
      responses: { 200: json(Reply, 'The next commands'), ...errors(400, 404, 409) },
    }),
    async (c) => {
      const key = c.req.valid('header')['idempotency-key'];
      const reply = await engine.send(c.req.valid('param').id, c.req.valid('json'), key ? { idempotencyKey: key } : {});
      return c.json(reply, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/calls/{id}/resume',
      tags,
      summary: 'Get the commands of a step that was still running (pending: true)',
      request: { params: SessionParam },
      responses: { 200: json(Reply, 'The remaining commands'), ...errors(404) },
    }),
    async (c) => c.json(await engine.resume(c.req.valid('param').id), 200),
  );
};
