import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig, type Config } from '../../runtime/config';
import { startServer, type Running, type ServerOptions } from '../../runtime/server';
import { EXAMPLES_DIR } from './examples';

/** A real runtime on a free loopback port with a fresh data folder seeded from the examples. */
export async function runtime(overrides: Partial<Config> = {}, options: ServerOptions = {}): Promise<Running & { dataDir: string; stop(): Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'callflow-test-'));
  const running = await startServer({
    ...readConfig({}),
    PORT: 0,
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    EXAMPLES_DIR,
    ...overrides,
  }, undefined, options);
  return {
    ...running,
    dataDir,
    stop: async () => {
      await running.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}
