import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../../test/support/examples';
import { readConfig } from '../config';
import { FEATURES } from '../features';
import { startServer } from '../server';
import { studioFeature, studioRoutes } from './routes';

type Server = Awaited<ReturnType<typeof runtime>>;

/** A real runtime whose studio is served from `studioDir` instead of dist/studio. */
async function runtime(studioDir: string) {
  const dataDir = await mkdtemp(join(tmpdir(), 'callflow-test-'));
  const features = [...FEATURES.filter((f) => f !== studioRoutes), studioFeature(studioDir)];
  const running = await startServer({ ...readConfig({}), PORT: 0, HOST: '127.0.0.1', DATA_DIR: dataDir, EXAMPLES_DIR }, features);
  return {
    url: running.url,
    stop: async () => {
      await running.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

describe('the runtime serving a built studio', () => {
  let dir: string;
  let server: Server;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'callflow-studio-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>studio</title>');
    await writeFile(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
    await writeFile(join(dir, 'assets', 'index-abc.css'), 'body{}');
    server = await runtime(dir);
  });
  afterAll(async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers the start page and studio routes with index.html', async () => {
    for (const path of ['/', '/scenarios/bank-hotline']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('<title>studio</title>');
    }
  });

  it('serves fingerprinted assets with their content type, cached for good', async () => {
    const script = await fetch(`${server.url}/assets/index-abc.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${server.url}/assets/index-abc.css`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers a missing asset with 404 rather than the page', async () => {
    expect((await fetch(`${server.url}/assets/gone-123.js`)).status).toBe(404);
  });

  it('is the last feature, so every API route is matched before its catch-all', () => {
    expect(FEATURES.at(-1)).toBe(studioRoutes);
  });

  it('never shadows the API or the adapters', async () => {
    const list = await fetch(`${server.url}/api/scenarios`);
    expect(list.headers.get('content-type')).toContain('application/json');
    expect(await list.json()).toHaveLength(8);
    for (const path of ['/api/nothing-here', '/twilio/nothing', '/chat/nothing', '/sms/nothing', '/jambonz/nothing']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toContain('application/json');
    }
    expect((await fetch(`${server.url}/widget.js`)).headers.get('content-type')).toContain('javascript');
  });

  it('keeps requests inside the studio folder', async () => {
    // Encoded slashes survive URL normalisation and only become a path after decoding.
    const response = await fetch(`${server.url}/assets/${'..%2f'.repeat(12)}etc%2fpasswd`);
    expect(await response.text()).not.toContain('root:');
  });
});

describe('the runtime without a built studio', () => {
  it('tells the visitor to run npm run build', async () => {
    const server = await runtime(join(tmpdir(), 'callflow-no-studio-here'));
    try {
      const response = await fetch(`${server.url}/`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('npm run build');
    } finally {
      await server.stop();
    }
  });
});
