import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { runtime } from '../support/server';
import { ensureStudioBuilt, launch, openPage, type StudioPage } from './browser';

export interface StudioSession {
  readonly server: Awaited<ReturnType<typeof runtime>>;
  readonly browser: Browser;
  readonly studio: StudioPage;
  readonly page: Page;
  /** Closes this test's page and opens another, e.g. with another browser language. */
  reopen(options?: { locale?: string }): Promise<Page>;
}

/**
 * The set-up every browser test file shares, registered in the calling describe: one runtime
 * and one Chromium for the file, a fresh page per test, and after each test a screenshot named
 * after it and the check that nothing left localhost and no page error was thrown.
 */
export function useStudioSession(prefix: string, options: { viewport?: { width: number; height: number } } = {}): StudioSession {
  let server: StudioSession['server'] | undefined;
  let browser: Browser | undefined;
  let studio: StudioPage | undefined;
  const open = async (locale?: string) => {
    studio = await openPage(browser!, locale ? { locale } : {});
    if (options.viewport) await studio.page.setViewportSize(options.viewport);
    return studio.page;
  };
  beforeAll(async () => {
    await ensureStudioBuilt();
    [server, browser] = await Promise.all([runtime(), launch()]);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    await open();
  });
  afterEach(async (context) => {
    if (!studio) return;
    await studio.screenshot(`${prefix}-${context.task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`);
    await studio.close();
    expect(studio.problems).toEqual([]);
  });
  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
    get studio() {
      return studio!;
    },
    get page() {
      return studio!.page;
    },
    reopen: async ({ locale } = {}) => {
      // The replaced page's problems count too.
      const old = studio!;
      await old.close();
      expect(old.problems).toEqual([]);
      return open(locale);
    },
  };
}
