import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startRuntimeProcess, startProcess } from './processes';
import { percentiles, type Benchmark, type Measurement } from './harness';

const SESSIONS = 1000;
const STEPS_PER_SESSION = 10;
/** Requests in flight at once, as a telephony core's connection pool would send them. */
const CONNECTIONS = 8;
const IDLE_SESSIONS = 2000;

const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });

function post(url: string, body: unknown): Promise<{ status: number; body: any }> {
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

/** Sends every (session, step) request through a pool of CONNECTIONS workers; sessions advance in order. */
async function load(requests: number, send: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const begin = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      for (let i = next++; i < requests; i = next++) {
        const t = performance.now();
        await send(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { latencies, perSecond: requests / ((performance.now() - begin) / 1000) };
}

async function rssKiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
}

/**
 * Step latency and throughput with 1,000 live sessions through the native adapter, beside a bare
 * Hono echo route measured the same way in the same run; then memory per idle session. Servers
 * run in their own processes so the load generator does not share their event loop.
 */
export const runtimeSteps: Benchmark = {
  name: 'runtime-steps',
  description: `${SESSIONS} live sessions, ${SESSIONS * STEPS_PER_SESSION} steps over ${CONNECTIONS} connections (native adapter) vs a bare Hono echo route`,
  async run(): Promise<Measurement[]> {
    const dataDir = await mkdtemp(join(tmpdir(), 'callflow-bench-'));
    const runtime = await startRuntimeProcess({ DATA_DIR: dataDir });
    const echo = await startProcess('bench/echo-server.ts', {});
    try {
      const ids: string[] = [];
      for (let i = 0; i < SESSIONS; i++) {
        const started = await post(`${runtime.url}/api/calls`, { scenarioId: 'multilingual-menu', from: `+49301${i}` });
        ids.push(started.body.sessionId);
        await post(`${runtime.url}/api/calls/${started.body.sessionId}/events`, { type: 'digits', digits: '1' });
      }
      // Key 9 repeats the main menu, so each session can take any number of steps.
      const event = { type: 'digits', digits: '9' };
      const total = SESSIONS * STEPS_PER_SESSION;
      const bare = await load(total, async () => {
        const r = await post(`${echo.url}/echo`, event);
        if (r.status !== 200) throw new Error(`echo answered ${r.status}`);
      });
      // Request i goes to session i mod SESSIONS: consecutive requests hit different sessions.
      const steps = await load(total, async (i) => {
        const r = await post(`${runtime.url}/api/calls/${ids[i % SESSIONS]}/events`, event);
        if (r.status !== 200 || r.body.nodeId !== 'mainMenu') throw new Error(`step answered ${r.status}: ${JSON.stringify(r.body)}`);
      });
      const ratio = steps.perSecond / bare.perSecond;
      const stepStats = percentiles(steps.latencies);

      const before = await rssKiB(runtime.child.pid!);
      for (let i = 0; i < IDLE_SESSIONS; i++) await post(`${runtime.url}/api/calls`, { scenarioId: 'multilingual-menu', from: `+49302${i}` });
      const after = await rssKiB(runtime.child.pid!);

      return [
        { name: 'bare Hono echo', runs: total, ...percentiles(bare.latencies), note: `${Math.round(bare.perSecond)} req/s` },
        {
          name: 'session step, native adapter',
          runs: total,
          ...stepStats,
          goal: { text: 'p99 < 20 ms, >= 50% of bare throughput', met: stepStats.p99Ms < 20 && ratio >= 0.5 },
          note: `${Math.round(steps.perSecond)} steps/s = ${(ratio * 100).toFixed(0)}% of bare`,
        },
        {
          name: 'memory per idle session',
          runs: IDLE_SESSIONS,
          medianMs: Number.NaN,
          p95Ms: Number.NaN,
          note: `${((after - before) / IDLE_SESSIONS).toFixed(1)} KiB resident (process RSS growth over ${IDLE_SESSIONS} new sessions)`,
        },
      ];
    } finally {
      runtime.child.kill('SIGTERM');
      echo.child.kill('SIGTERM');
      agent.destroy();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
};
