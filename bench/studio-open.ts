import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ensureStudioBuilt, hasBrowser, launch, openPage } from '../test/browser/browser';
import { percentiles, type Benchmark, type Measurement } from './harness';
import { startRuntimeProcess } from './processes';
import { generatedSubflow, generateScenario, seededPick } from './scenario-factory';

const NODES = 500;
const LOCALES = ['en-US', 'de-DE', 'fr-FR'];
const SCENARIO_ID = 'bench-500';
const RUNS = 5;
const PAN_SECONDS = 3;

async function post(url: string, body: unknown): Promise<any> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const answer = await response.json();
  if (response.status !== 201) throw new Error(`POST ${url} answered ${response.status}: ${JSON.stringify(answer)}`);
  const errors = (answer.diagnostics as { severity: string; message: string }[]).filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`the generated scenario has errors: ${errors.map((e) => e.message).join('; ')}`);
  return answer;
}

/** Milliseconds from navigation start until every node of the scenario is in the DOM. */
async function timeToOpen(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  // The predicate runs in the page on every frame; the time it returns is the page's own clock since navigation start.
  const handle = await page.waitForFunction((count) => (document.querySelectorAll('.react-flow__node').length >= count ? performance.now() : 0), NODES, {
    timeout: 60_000,
  });
  return (await handle.jsonValue()) as number;
}

/** A point on the empty pane (not a node, edge or control), where a drag pans instead of moving a node. */
async function emptyPanePoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane');
    if (!pane) return null;
    const box = pane.getBoundingClientRect();
    for (let fy = 0.5; fy < 0.95; fy += 0.05)
      for (let fx = 0.3; fx < 0.7; fx += 0.05) {
        for (const sign of [1, -1]) {
          const x = box.left + box.width * (sign === 1 ? fx : 1 - fx);
          const y = box.top + box.height * fy;
          if (document.elementFromPoint(x, y) === pane) return { x, y };
        }
      }
    return null;
  });
  if (!point) throw new Error('no empty spot on the canvas pane to drag');
  return point;
}

/** Frame deltas while the pane is dragged back and forth for PAN_SECONDS, and the share of that time in long main-thread tasks. */
async function panFrames(page: Page): Promise<{ frames: number[]; longTaskShare: number }> {
  // A string, not a function: tsx would wrap the named inner function in a helper the page does not have.
  await page.evaluate(`{
    window.__frames = [];
    window.__recording = true;
    window.__longTasks = 0;
    window.__observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks += entry.duration;
    });
    window.__observer.observe({ type: 'longtask' });
    let last = 0;
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(tick);
    });
  }`);
  const transform = () => page.evaluate(() => document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '');
  const before = await transform();
  const end = Date.now() + PAN_SECONDS * 1000;
  let direction = 1;
  while (Date.now() < end) {
    const start = await emptyPanePoint(page);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 200 * direction, start.y + 60 * direction, { steps: 30 });
    await page.mouse.up();
    direction = -direction;
    // Odd drags leave the canvas moved; one that did not means the drag selected or moved nodes instead of panning.
    if (direction === -1 && (await transform()) === before) throw new Error(`dragging the pane did not pan the canvas (${before})`);
  }
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean; __longTasks: number; __observer: PerformanceObserver };
    w.__recording = false;
    w.__observer.disconnect();
    const total = w.__frames.reduce((sum, ms) => sum + ms, 0);
    return { frames: w.__frames, longTaskShare: total > 0 ? w.__longTasks / total : 0 };
  });
}

/**
 * Opening a generated 500-node scenario in the editor (navigation start until every node is
 * rendered) and the frame time while panning it, in headless Debian Chromium against a runtime
 * started as its own process.
 */
export const studioOpen: Benchmark = {
  name: 'studio-open',
  description: `a generated ${NODES}-node scenario in the editor, headless Chromium (--disable-gpu: software rendering)`,
  async run(): Promise<Measurement[]> {
    if (!hasBrowser) {
      return [{ name: 'studio (skipped: no Chromium)', runs: 0, medianMs: Number.NaN, p95Ms: Number.NaN, note: 'set CHROMIUM_PATH or install chromium' }];
    }
    await ensureStudioBuilt();
    const dataDir = await mkdtemp(join(tmpdir(), 'callflow-bench-studio-'));
    let browser: Browser | undefined;
    const runtime = await startRuntimeProcess({ DATA_DIR: dataDir });
    try {
      // Generated subflow nodes call this scenario; without it the document would not validate.
      await post(`${runtime.url}/api/scenarios`, generatedSubflow(LOCALES));
      const scenario = { ...generateScenario({ nodes: NODES, locales: LOCALES, pick: seededPick(2026) }), id: SCENARIO_ID };
      const nodeCount = Object.keys(scenario.nodes).length;
      if (nodeCount < NODES) throw new Error(`the generated scenario has ${nodeCount} nodes, not ${NODES}`);
      await post(`${runtime.url}/api/scenarios`, scenario);

      browser = await launch();
      const url = `${runtime.url}/scenarios/${SCENARIO_ID}`;
      const problems: string[] = [];
      // One run to warm Chromium up (process start, shader and font caches); each measured run gets a fresh context.
      const opens: number[] = [];
      for (let run = 0; run <= RUNS; run++) {
        const studio = await openPage(browser);
        try {
          const ms = await timeToOpen(studio.page, url);
          if (run > 0) opens.push(ms);
        } finally {
          problems.push(...studio.problems);
          await studio.close();
        }
      }

      const studio = await openPage(browser);
      let frames: number[];
      let longTaskShare: number;
      try {
        await timeToOpen(studio.page, url);
        // Let the fit-view and the first layout settle, so the drag measures panning only.
        await studio.page.waitForTimeout(500);
        ({ frames, longTaskShare } = await panFrames(studio.page));
      } finally {
        problems.push(...studio.problems);
        await studio.close();
      }
      if (problems.length > 0) throw new Error(`the studio misbehaved:\n${problems.join('\n')}`);

      const open = percentiles(opens);
      const frame = percentiles(frames);
      return [
        {
          name: `open ${nodeCount}-node scenario`,
          runs: RUNS,
          medianMs: open.medianMs,
          p95Ms: open.p95Ms,
          goalMs: 2000,
          note: 'navigation start until every .react-flow__node is in the DOM; fresh browser context per run',
        },
        {
          name: `frame time, panning ${nodeCount} nodes`,
          runs: frames.length,
          medianMs: frame.medianMs,
          p95Ms: frame.p95Ms,
          // The 16 ms is a 60 Hz frame; requestAnimationFrame cannot fire more often than the display,
          // 16.7 ms apart, and the page's clock rounds to 0.1 ms.
          goalMs: 16.8,
          note: `${PAN_SECONDS} s of pane drags; one 60 Hz frame is 16.7 ms; headless --disable-gpu software rendering; worst frame ${Math.max(...frames).toFixed(1)} ms; ${(longTaskShare * 100).toFixed(0)}% of the time in main-thread tasks > 50 ms`,
        },
      ];
    } finally {
      await browser?.close();
      runtime.child.kill('SIGTERM');
      await rm(dataDir, { recursive: true, force: true });
    }
  },
};
