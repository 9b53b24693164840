import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { HttpRequest, HttpResponse } from '../../dsl/session/context';
import type { Feature } from '../app';
import { errors, json } from '../http/responses';
import { sendHttp } from '../sessions/providers';

const tags = ['Simulator'];

const Answer = z.union([
  z.object({ ok: z.literal(true), response: HttpResponse }),
  z.object({ ok: z.literal(false), error: z.object({ name: z.string(), message: z.string() }) }),
]);
const Body = z.object({ request: HttpRequest.extend({ timeout: z.number().min(0.1).max(60) }) });

/**
 * The studio's simulator runs in the browser, where a CRM's address is usually out of reach
 * (CORS, a private network). This route sends an http node's request from the runtime, the way
 * a live call would, and hands back the answer or the failure for the simulated session.
 */
export const simulatorRoutes: Feature = (app) => {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/simulator/http',
      tags,
      summary: "Send a simulated http node's request from the runtime",
      request: { body: { content: { 'application/json': { schema: Body } }, required: true } },
      responses: { 200: json(Answer, 'The response, or why there is none (ok: false)'), ...errors(400) },
    }),
    async (c) => {
      const { request } = c.req.valid('json');
      try {
        const response = await sendHttp(request, { signal: AbortSignal.timeout(request.timeout * 1000), nodeId: 'simulator' });
        return c.json({ ok: true as const, response }, 200);
      } catch (error) {
        const { name, message } = error instanceof Error ? error : new Error(String(error));
        return c.json({ ok: false as const, error: { name, message } }, 200);
      }
    },
  );
};
