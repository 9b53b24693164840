import { createNodeWebSocket } from '@hono/node-ws';
import { createRoute } from '@hono/zod-openapi';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import type { Feature } from '../../app';
import { notFound } from '../../http/errors';
import { errors, json } from '../../http/responses';
import { onServer } from '../../http/server-hooks';
import { Reply } from '../native/routes';
import { ChatHub } from './hub';
import { chatIdleFloor, idleSeconds } from './idle';
import { linkQueues } from './queue';
import { ChatQuery, ClientFrame, MAX_FRAME_BYTES, ServerFrame } from './protocol';
import { chatSocket } from './socket';
import { widgetRoutes } from './widget';

const tags = ['Web chat'];

/**
 * ws buffers a whole message before we see it (up to 100 MB by default); this cap makes it
 * drop absurd frames itself (close 1009), while frames above MAX_FRAME_BYTES but below the
 * cap get a readable error frame first.
 */
const HARD_FRAME_LIMIT = 4 * MAX_FRAME_BYTES;

const AgentResult = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('queueResult'), result: z.enum(['answered', 'timeout', 'full']) }),
    z.object({ type: z.literal('transferResult'), result: z.enum(['answered', 'busy', 'noAnswer', 'failed']) }),
  ])
  .describe('What became of the handoff');

export interface ChatOptions {
  /** Seconds of silence before noInput for a gather with this timeout; tests shorten it. */
  idleSeconds?: (timeout: number) => number;
}

const chatSocketRoute = createRoute({
  method: 'get',
  path: '/chat/ws',
  tags,
  summary: 'Web chat WebSocket',
  description: [
    'Upgrade to a WebSocket and exchange JSON text frames. The client sends a `ChatClientFrame`',
    '(first `{"type":"start"}`), the server answers with `ChatServerFrame`s: `session` (keep its id and pass it as',
    '`?session=` to resume after a reload), `message`, `choices` (buttons), `typing`, `input`, `handoff`, `ended`,',
    `\`error\`. Frames over ${MAX_FRAME_BYTES} bytes close the socket (1009). Both frame schemas are in components.`,
  ].join(' '),
  request: { query: ChatQuery },
  responses: {
    101: { description: 'Switching to the chat protocol' },
    ...errors(400),
    426: { description: 'Not a WebSocket upgrade request' },
  },
});

/** Web chat: the WebSocket endpoint, the agent-result seam for handoffs, and the embeddable widget. */
export function chatFeature(options: ChatOptions = {}): Feature {
  return (app, deps) => {
    const { upgradeWebSocket, injectWebSocket, wss } = createNodeWebSocket({ app });
    wss.options.maxPayload = HARD_FRAME_LIMIT;
    const floor = chatIdleFloor();
    const queues = linkQueues(deps, 'chat');
    const hub = new ChatHub(deps, options.idleSeconds ?? ((timeout) => idleSeconds(timeout, floor)), queues.announcement);
    const unsubscribe = deps.monitor.subscribe((event) => hub.observe(event));

    app.openAPIRegistry.register('ChatClientFrame', ClientFrame);
    app.openAPIRegistry.register('ChatServerFrame', ServerFrame);
    app.openAPIRegistry.registerPath(chatSocketRoute);
    app.get('/chat/ws', async (c) => {
      const query = ChatQuery.safeParse(c.req.query());
      if (!query.success) {
        const message = query.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        return c.json({ error: { code: 'request.invalid', message } }, 400);
      }
      if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') {
        return c.json({ error: { code: 'upgrade.required', message: 'connect with a WebSocket client' } }, 426);
      }
      return upgradeWebSocket(c, chatSocket(hub, query.data.channel, query.data.session), { onError: reportSocketError });
    });

    app.openapi(
      createRoute({
        method: 'post',
        path: '/api/chat/{session}/agent-result',
        tags,
        summary: 'Report what became of a chat handed to an agent',
        description:
          'For an agent console or the ACD: the chat session waits at a queue or transfer node; this result moves it on ' +
          '(e.g. to the ticket message when nobody answered) and the visitor\'s open sockets get the next frames.',
        request: {
          params: z.object({ session: z.string().min(1).max(200) }),
          body: { content: { 'application/json': { schema: AgentResult } }, required: true },
        },
        responses: { 200: json(Reply, 'The commands of the next step'), ...errors(400, 404, 409) },
      }),
      async (c) => {
        const id = c.req.valid('param').session;
        const record = await deps.engine.get(id);
        if (!record || record.source.adapter !== 'chat') throw notFound(`chat session '${id}'`);
        return c.json(await deps.engine.send(id, c.req.valid('json')), 200);
      },
    );

    widgetRoutes(app);

    onServer(app, (server) => {
      injectWebSocket(server);
      return async () => {
        unsubscribe();
        queues.stop();
        hub.dispose();
        // 1001 "going away": the widget reconnects and resumes the session on the next instance.
        for (const client of wss.clients) client.close(1001, 'server restarting');
        await closedOrTerminated(wss.clients, 1000);
      };
    });
  };
}

export const chatRoutes = chatFeature();

/** A client that does not answer the closing handshake must not hold up the shutdown. */
async function closedOrTerminated(clients: Set<WebSocket>, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  while (clients.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  for (const client of clients) client.terminate();
}

/**
 * A socket error (a protocol violation, a frame over the hard limit) ends in a close event,
 * which detaches the visitor. @hono/node-ws reports it by constructing an ErrorEvent, which
 * Node 20 lacks: that ReferenceError is the report itself, not a new problem.
 */
function reportSocketError(error: unknown): void {
  if (!(error instanceof ReferenceError)) console.warn(`chat socket: ${error instanceof Error ? error.message : String(error)}`);
}
