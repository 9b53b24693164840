import { serve, type ServerType } from '@hono/node-server';
import { createApp, type Deps, type Feature } from './app';
import type { Config } from './config';
import { MonitorHub } from './monitor/hub';
import { FEATURES } from './features';
import { serverHooksOf } from './http/server-hooks';
import { seedExamples } from './scenarios/seed';
import { ScenarioService } from './scenarios/service';
import { SessionEngine } from './sessions/engine';
import { runtimeProviders } from './sessions/providers';
import { openFileStorage } from './storage/files';

export interface Running {
  url: string;
  deps: Deps;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** The clock for business hours; tests pin it. */
  now?: () => Date;
}

export async function buildDeps(config: Config, options: ServerOptions = {}): Promise<Deps> {
  const storage = await openFileStorage(config.DATA_DIR);
  const scenarios = new ScenarioService(storage);
  if ((await scenarios.list()).length === 0) await seedExamples(scenarios, config.EXAMPLES_DIR);
  const monitor = new MonitorHub();
  const engine = new SessionEngine(storage, scenarios, runtimeProviders(storage, options.now), monitor);
  return { config, storage, scenarios, engine, monitor };
}

/** Serves the API (and, once built, the studio) on one port. */
export async function startServer(config: Config, features: Feature[] = FEATURES, options: ServerOptions = {}): Promise<Running> {
  const deps = await buildDeps(config, options);
  const app = createApp(deps, features);
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, () => resolve(s));
  });
  const cleanups = serverHooksOf(app).map((hook) => hook(server));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const host = config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST;
  return {
    url: `http://${host}:${port}`,
    deps,
    close: async () => {
      for (const cleanup of cleanups) await cleanup?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await deps.storage.close();
    },
  };
}
