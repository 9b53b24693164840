import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../../config';
import { FEATURES } from '../../../features';
import { startServer, type Running, type ServerOptions } from '../../../server';
import { studioRoutes } from '../../../studio/routes';
import { EXAMPLES_DIR } from '../../../../test/support/examples';
import { createSipFeature, sipFeature } from '../feature';
import type { SipSettingsInput } from '../settings';
import type { SipEndpoint } from '../signalling';

export interface SipRuntime extends Running {
  dataDir: string;
  sipPort: number;
  logs: string[];
  stop(): Promise<void>;
}

/**
 * A real runtime (examples seeded and bound by id) with its own SIP endpoint on a free loopback
 * port; the default, environment-built SIP feature is left out.
 */
export async function sipRuntime(settings: SipSettingsInput = {}, options: ServerOptions = {}): Promise<SipRuntime> {
  const dataDir = await mkdtemp(join(tmpdir(), 'callflow-sip-'));
  const logs: string[] = [];
  let listening!: (endpoint: SipEndpoint) => void;
  const endpoint = new Promise<SipEndpoint>((resolve) => (listening = resolve));
  const feature = createSipFeature(
    { SIP_PORT: 0, SIP_HOST: '127.0.0.1', ...settings },
    { onListening: listening, log: (level, message) => logs.push(`${level} ${message}`), timers: { t1: 100, t2: 400, t4: 500 } },
  );
  const features = [...FEATURES.filter((f) => f !== sipFeature && f !== studioRoutes), feature, studioRoutes];
  const running = await startServer({ ...readConfig({}), PORT: 0, HOST: '127.0.0.1', DATA_DIR: dataDir, EXAMPLES_DIR }, features, options);
  const sipPort = (await endpoint).port;
  return {
    ...running,
    dataDir,
    sipPort,
    logs,
    stop: async () => {
      await running.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Changes one node of a published example and publishes it again (bindings follow the current revision). */
export async function patchExample(server: Running, id: string, node: string, changes: Record<string, unknown>): Promise<void> {
  const record = await server.deps.scenarios.get(id);
  const draft = structuredClone(record.draft) as { nodes: Record<string, Record<string, unknown>> };
  Object.assign(draft.nodes[node]!, changes);
  await server.deps.scenarios.updateDraft(id, draft);
  await server.deps.scenarios.publish(id, 'test change');
}
