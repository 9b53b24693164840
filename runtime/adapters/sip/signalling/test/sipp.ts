import { spawn, type ChildProcess } from 'node:child_process';
import dgram from 'node:dgram';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const SCENARIOS = path.dirname(new URL(import.meta.url).pathname);

/** A UDP port nobody holds right now (bind 0, read, release). */
export async function freeUdpPort(): Promise<number> {
  const socket = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', () => resolve()));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

export interface SippRun {
  process: ChildProcess;
  /** sipp's exit code (0 = the scenario passed) and its logs, once it ends. */
  done: Promise<{ code: number | null; logs: string }>;
  dir: string;
}

/** Runs one sipp call from `scenario` (a file in this folder, or `-sn` built-in name) against 127.0.0.1:`port`. */
export async function runSipp(scenario: string, port: number, keys: Record<string, string> = {}, service = 'hotline'): Promise<SippRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sipp-'));
  const [local, media, control] = [await freeUdpPort(), await freeUdpPort(), await freeUdpPort()];
  const scenarioArgs = scenario.endsWith('.xml') ? ['-sf', path.join(SCENARIOS, scenario)] : ['-sn', scenario];
  const args = [
    `127.0.0.1:${port}`, ...scenarioArgs, '-s', service, '-m', '1', '-i', '127.0.0.1', '-p', String(local),
    '-mp', String(media), '-cp', String(control), '-nostdin', '-timeout', '20s', '-timeout_error',
    '-trace_err', '-trace_msg', ...Object.entries(keys).flatMap(([k, v]) => ['-key', k, v]),
  ];
  const child = spawn('/usr/bin/sipp', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{ code: number | null; logs: string }>((resolve) => {
    child.on('exit', (code) => {
      const logs = readdirSync(dir)
        .filter((f) => f.endsWith('.log'))
        .map((f) => `--- ${f}\n${readFileSync(path.join(dir, f), 'utf8')}`)
        .join('\n');
      resolve({ code, logs: stderr + logs });
    });
  });
  return { process: child, done, dir };
}

export async function stopSipp(run: SippRun | undefined): Promise<void> {
  if (!run) return;
  if (run.process.exitCode === null && run.process.signalCode === null) run.process.kill('SIGKILL');
  await run.done;
  rmSync(run.dir, { recursive: true, force: true });
}
