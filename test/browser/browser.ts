import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildStudio, studioIsStale } from '../../scripts/build-studio';

/** Debian's Chromium, as CI installs it; without it the browser tests are skipped, loudly. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser) console.warn(`Browser tests skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH or install chromium).`);

const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'browser');

/** The runtime serves dist/studio; tests must see the current sources, so a stale build is rebuilt. */
export async function ensureStudioBuilt(): Promise<void> {
  if (await studioIsStale()) await buildStudio({ quiet: true });
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface StudioPage {
  page: Page;
  context: BrowserContext;
  /** Requests that tried to leave the machine, and errors thrown in the page: both fail the test. */
  problems: string[];
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export async function openPage(browser: Browser, options: { locale?: string } = {}): Promise<StudioPage> {
  const context = await browser.newContext({ locale: options.locale ?? 'en-US', viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  // A missing element should fail in seconds with its locator named, not at the test's timeout.
  page.setDefaultTimeout(5_000);
  const problems: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') && !LOCAL_HOSTS.has(url.hostname)) {
      problems.push(`request left localhost: ${request.url()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return {
    page,
    context,
    problems,
    screenshot: async (name) => {
      await mkdir(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    close: () => context.close(),
  };
}
