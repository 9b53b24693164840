import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { Scenario } from '../../dsl/schema/document';
import type { Feature } from '../app';

const swaggerDir = join(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'), '..');
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css',
  'swagger-ui-bundle.js': 'text/javascript',
};

/** The API reference page, served from the swagger-ui-dist package: nothing loads from a CDN. */
const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Callflow Studio API</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="api"></div><script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;
const init = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#api', deepLinking: true });`;

export const openApiRoutes: Feature = (app) => {
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Callflow Studio API',
      version: '1',
      description: 'Scenarios, revisions, bindings, call control and records of a Callflow Studio runtime.',
    },
  });
  app.get('/api/scenario.schema.json', (c) => c.json(z.toJSONSchema(Scenario, { io: 'input' })));
  app.get('/api/docs', (c) => c.html(page));
  app.get('/api/docs/init.js', (c) => c.body(init, 200, { 'content-type': 'text/javascript' }));
  app.get('/api/docs/:asset', async (c) => {
    const asset = c.req.param('asset');
    const type = ASSETS[asset];
    if (!type) return c.json({ error: { code: 'notFound', message: `no asset ${asset}` } }, 404);
    return c.body(await readFile(join(swaggerDir, asset)), 200, { 'content-type': type, 'cache-control': 'max-age=3600' });
  });
};
