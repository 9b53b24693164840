import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { Config } from './config';
import { ApiError } from './http/errors';
import type { MonitorHub } from './monitor/hub';
import type { ScenarioService } from './scenarios/service';
import type { SessionEngine } from './sessions/engine';
import type { Storage } from './storage/types';

export interface Deps {
  config: Config;
  storage: Storage;
  scenarios: ScenarioService;
  engine: SessionEngine;
  monitor: MonitorHub;
}

export type App = OpenAPIHono;
/** A feature registers its routes on the app; adding one never touches the others. */
export type Feature = (app: App, deps: Deps) => void;

export function createApp(deps: Deps, features: Feature[]): App {
  const app = new OpenAPIHono({
    // Schema failures answer like every other error: what is wrong and where.
    defaultHook: (result, c) => {
      if (!result.success) {
        const issues = result.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
        return c.json({ error: { code: 'request.invalid', message: issues.join('; ') } }, 400);
      }
    },
  });
  app.use(
    '*',
    bodyLimit({
      maxSize: deps.config.BODY_LIMIT,
      onError: (c) => c.json({ error: { code: 'request.tooLarge', message: `the body is larger than ${deps.config.BODY_LIMIT} bytes` } }, 413),
    }),
  );
  app.onError((error, c) => {
    if (error instanceof ApiError) {
      return c.json({ error: { code: error.code, message: error.message, ...(error.diagnostics ? { diagnostics: error.diagnostics } : {}) } }, error.status);
    }
    if (error instanceof HTTPException) {
      const status = error.status;
      return c.json({ error: { code: 'request.invalid', message: error.message || 'bad request' } }, status);
    }
    console.error(`${c.req.method} ${c.req.path} failed:`, error);
    return c.json({ error: { code: 'internal', message: 'the server failed to handle this request; it has been logged' } }, 500);
  });
  app.notFound((c) => c.json({ error: { code: 'notFound', message: `no route for ${c.req.method} ${c.req.path}` } }, 404));
  for (const feature of features) feature(app, deps);
  return app;
}
