import { serve } from '@hono/node-server';
import { Hono } from 'hono';

/** The baseline: a bare Hono route on the same node-server, doing only JSON in and out. */
const app = new Hono();
app.post('/echo', async (c) => c.json(await c.req.json()));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' }, (info) => console.log(`echo runtime on ${info.port}`));
