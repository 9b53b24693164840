import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedPacer } from '../runtime/adapters/sip/media';
import { freeUdpPort } from '../runtime/adapters/sip/test/sipp';
import { sipRuntime, type SipRuntime } from '../runtime/adapters/sip/test/runtime';
import type { Benchmark, Measurement } from './harness';

const SIPP = '/usr/bin/sipp';
const CALL_SCENARIO = join(import.meta.dirname, 'sip', 'two-way-call.xml');
const LOADS = [50, 100, 150, 200, 250];
/** Seconds of steady state measured once every call of a step is up. */
const WINDOW_SECONDS = 10;
const SCENARIO_ID = 'bench-sip-load';

/** A prompt long enough to play through the whole window, then a gather that waits for the caller to hang up. */
const scenario = {
  dsl: 2,
  id: SCENARIO_ID,
  name: 'SIP load benchmark',
  locales: ['en-US'],
  channels: ['voice'],
  variables: {},
  start: 'start',
  nodes: {
    start: { kind: 'start', on: { call: 'welcome' } },
    welcome: {
      kind: 'say',
      prompt: {
        'en-US': Array.from({ length: 12 }, () => 'Thank you for calling. All our advisers are busy, please stay on the line and we will be with you shortly.').join(' '),
      },
      next: 'wait',
    },
    // Keys only: speech recognition is a process per utterance and would measure pocketsphinx, not the endpoint.
    wait: { kind: 'ask', prompt: { 'en-US': 'Please enter your customer number.' }, variable: 'customer', type: 'digits', modes: ['dtmf'], retries: 0, timeout: 60, on: { valid: 'bye', invalid: 'bye', noInput: 'bye' } },
    bye: { kind: 'hangup' },
  },
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function activeSipCalls(server: SipRuntime): Promise<number> {
  return (await server.deps.storage.sessions.list({ status: 'active', scenarioId: SCENARIO_ID, limit: 100_000 })).length;
}

/** CPU seconds (user + system) this process used, which hosts the runtime and its SIP endpoint. */
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

async function loadStep(server: SipRuntime, calls: number): Promise<Measurement> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-sipp-'));
  const [local, media] = [await freeUdpPort(), await freeUdpPort()];
  // Every call lasts the ramp (calls / 50 per second), the window and a margin, then hangs up.
  const holdMs = Math.ceil(calls / 50) * 1000 + WINDOW_SECONDS * 1000;
  const sipp = spawn(
    SIPP,
    [
      `127.0.0.1:${server.sipPort}`, '-sf', CALL_SCENARIO, '-s', SCENARIO_ID, '-i', '127.0.0.1', '-p', String(local), '-mi', '127.0.0.1',
      '-mp', String(media), '-l', String(calls), '-m', String(calls), '-r', '50', '-d', String(holdMs), '-nostdin', '-timeout', '120s',
    ],
    { cwd: dir, stdio: 'ignore' },
  );
  const exited = new Promise<number | null>((resolve) => sipp.on('exit', resolve));
  try {
    const rampEnd = Date.now() + 30_000;
    while ((await activeSipCalls(server)) < calls && Date.now() < rampEnd) await sleep(200);
    const established = await activeSipCalls(server);
    sharedPacer.resetStats();
    const cpuBefore = cpuSeconds();
    const started = Date.now();
    await sleep(WINDOW_SECONDS * 1000);
    const elapsed = (Date.now() - started) / 1000;
    const cpu = cpuSeconds() - cpuBefore;
    const stats = sharedPacer.stats();
    const latePercent = stats.sent > 0 ? (100 * stats.late) / stats.sent : Number.NaN;
    const expected = established * elapsed * 50;
    const code = await exited;
    return {
      name: `${calls} simultaneous calls`,
      runs: stats.sent,
      medianMs: Number.NaN,
      p95Ms: Number.NaN,
      goal: { text: '< 1% late RTP packets', met: established === calls && latePercent < 1 },
      note:
        `${established}/${calls} calls up; sent ${stats.sent} packets (${((100 * stats.sent) / expected).toFixed(0)}% of ${Math.round(expected)} due), ` +
        `${latePercent.toFixed(2)}% late (> 10 ms), worst ${stats.maxLatenessMs.toFixed(0)} ms, ${stats.resyncs} resyncs; ` +
        `CPU ${((100 * cpu) / elapsed).toFixed(0)}% of a core = ${((100 * cpu) / elapsed / Math.max(established, 1)).toFixed(2)}% per call; sipp exit ${code}`,
    };
  } finally {
    if (sipp.exitCode === null) sipp.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * How many simultaneous calls the embedded SIP endpoint carries with two-way G.711 audio: sipp
 * (on the same two cores) places them, each caller sends speech for the whole call while the
 * runtime plays a long prompt; over a steady window the runtime's pacer counts late packets and
 * the process's CPU time is divided among the calls.
 */
export const sipLoad: Benchmark = {
  name: 'sip-load',
  description: `sipp callers with two-way G.711 audio against the embedded SIP endpoint, ${LOADS.join('/')} calls, ${WINDOW_SECONDS} s windows (load generator on the same 2 cores)`,
  async run(): Promise<Measurement[]> {
    if (!existsSync(SIPP)) return [{ name: 'sip-load (skipped: no sipp)', runs: 0, medianMs: Number.NaN, p95Ms: Number.NaN, note: 'apt-get install sip-tester' }];
    const server = await sipRuntime({ SIP_MEDIA_TIMEOUT: 60 });
    try {
      await server.deps.scenarios.create(scenario);
      await server.deps.scenarios.publish(SCENARIO_ID, 'benchmark');
      await server.deps.scenarios.bind({ kind: 'number', address: SCENARIO_ID, scenarioId: SCENARIO_ID, revision: null });
      const rows: Measurement[] = [];
      for (const calls of LOADS) {
        rows.push(await loadStep(server, calls));
        // Let the previous step's calls end before the next begins.
        for (let i = 0; i < 100 && (await activeSipCalls(server)) > 0; i++) await sleep(200);
      }
      return rows;
    } finally {
      await server.stop();
    }
  },
};
