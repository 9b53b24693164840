import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(import.meta.dirname, '..', '..');
const OUTPUT = join(ROOT, 'test-results', 'browser');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// The canvas is looked at through the built Storybook's story iframe: the same components the studio uses.
describe.skipIf(!existsSync(CHROMIUM))('canvas in Chromium', () => {
  let staticDir: string;
  let server: Server;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    staticDir = mkdtempSync(join(tmpdir(), 'cf-storybook-'));
    execFileSync('npx', ['storybook', 'build', '--disable-telemetry', '--quiet', '-o', staticDir], { cwd: ROOT, stdio: 'ignore' });
    server = await serve(staticDir);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    mkdirSync(OUTPUT, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    if (staticDir) rmSync(staticDir, { recursive: true, force: true });
  });

  it('draws every bank-hotline node with its port handles and no request leaving localhost', async () => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const outside: string[] = [];
    await page.route('**/*', (route) => {
      const host = new URL(route.request().url()).hostname;
      if (host === '127.0.0.1' || host === 'localhost') return route.continue();
      outside.push(route.request().url());
      return route.abort();
    });
    await page.goto(`${base}/iframe.html?id=canvas-scenario--bank-hotline&viewMode=story`);
    await page.waitForSelector('.react-flow__node');
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(OUTPUT, 'canvas-bank-hotline.png') });

    const bank = JSON.parse(readFileSync(join(ROOT, 'examples', 'bank-hotline.json'), 'utf8')) as { nodes: object };
    expect(await page.locator('.react-flow__node').count()).toBe(Object.keys(bank.nodes).length);
    expect(await page.locator('.react-flow__edge').count()).toBeGreaterThan(20);
    // A menu shows one labelled handle per option plus noInput and noMatch.
    const menu = page.locator('.react-flow__node-menu').first();
    expect(await menu.locator('.react-flow__handle.source').count()).toBe(await menu.locator('.cf-port__name').count());
    await expect(menu.locator('.cf-port__name', { hasText: 'noInput' }).isVisible()).resolves.toBe(true);
    expect(outside).toEqual([]);
    await page.close();
  }, 60_000);

  it('renders a story for every node kind', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 400 } });
    const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8')) as { entries: Record<string, { id: string; title: string }> };
    const nodeStories = Object.values(index.entries).filter((e) => e.title === 'Canvas/Nodes');
    expect(nodeStories.length).toBeGreaterThanOrEqual(20);
    for (const story of nodeStories) {
      await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
      await page.waitForSelector('.cf-node', { timeout: 10_000 });
    }
    await page.screenshot({ path: join(OUTPUT, 'canvas-node-last-story.png') });
    await page.close();
  }, 120_000);
});
