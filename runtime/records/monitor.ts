import { createRoute } from '@hono/zod-openapi';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import { z } from 'zod';
import type { Feature } from '../app';
import { onServer } from '../http/server-hooks';
import type { MonitorEvent } from '../monitor/hub';
import { callerMask } from './anonymize';

/** Proxies and load balancers close a connection that stays silent for a minute or so. */
const HEARTBEAT_MS = 15_000;

const MonitorQuery = z.object({ scenario: z.string().min(1).max(100).optional().describe('Only sessions of this scenario') });

/**
 * Live session events as Server-Sent Events: one `session.started` / `session.step` /
 * `session.ended` message per step, its data the monitor event as JSON.
 */
export const monitorRoute: Feature = (app, { monitor, config }) => {
  const mask = callerMask(config.ANONYMIZE_CALLERS);
  // Open streams would keep the server from closing; they end when it does.
  const open = new Set<SSEStreamingApi>();
  onServer(app, () => () => {
    for (const stream of open) stream.abort();
  });
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/monitor',
      tags: ['Records'],
      summary: 'Stream live session events (Server-Sent Events)',
      description: 'Each message has `event:` session.started, session.step or session.ended and `data:` the event as JSON. A comment line is sent every 15 s to keep the connection open.',
      request: { query: MonitorQuery },
      responses: { 200: { description: 'An event stream', content: { 'text/event-stream': { schema: z.string() } } } },
    }),
    (c) => {
      const { scenario } = c.req.valid('query');
      return streamSSE(c, async (stream) => {
        const send = serialised(stream);
        let id = 0;
        const unsubscribe = monitor.subscribe((event: MonitorEvent) => {
          if (scenario && event.scenarioId !== scenario) return;
          const data = JSON.stringify(mask(event, event.caller, callerName(event)));
          send(() => stream.writeSSE({ event: event.type, id: String(++id), data }));
        });
        const heartbeat = setInterval(() => send(() => stream.write(': heartbeat\n\n')), HEARTBEAT_MS);
        heartbeat.unref();
        open.add(stream);
        try {
          // Tells the client the subscription is in place before anything happens.
          await stream.write(': connected\n\n');
          await closed(stream, c.req.raw.signal);
        } finally {
          clearInterval(heartbeat);
          unsubscribe();
          open.delete(stream);
        }
      });
    },
  );
};

/** The caller's name is known from the start event only; later steps carry the number alone. */
function callerName(event: MonitorEvent): string | undefined {
  const caller = event.event?.type === 'start' ? (event.event.caller as { name?: unknown } | undefined) : undefined;
  return typeof caller?.name === 'string' ? caller.name : undefined;
}

/** Writes in order, one at a time; a write to a closed stream is dropped. */
function serialised(stream: SSEStreamingApi): (write: () => Promise<unknown>) => void {
  let chain: Promise<unknown> = Promise.resolve();
  return (write) => {
    chain = chain.then(() => (stream.aborted || stream.closed ? undefined : write())).catch(() => undefined);
  };
}

/**
 * Node's server aborts the request's signal when the client hangs up; the stream itself would
 * only notice at its next write, up to a heartbeat later.
 */
function closed(stream: SSEStreamingApi, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (stream.aborted || stream.closed || signal.aborted) return resolve();
    stream.onAbort(resolve);
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}
