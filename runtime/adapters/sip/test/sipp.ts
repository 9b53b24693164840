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

export interface SippResult {
  /** 0 = the scenario passed. */
  code: number | null;
  /** stderr and every log sipp wrote (errors, messages, `<log>` lines). */
  logs: string;
  /** The `<log>` lines of the scenario only. */
  logged: string[];
}

export interface SippRun {
  process: ChildProcess;
  done: Promise<SippResult>;
  dir: string;
}

export interface SippCall {
  /** A file in this folder. */
  scenario: string;
  sipPort: number;
  /** Request-URI user: the scenario binding to call. */
  service: string;
  /** Where the caller's audio is to go: the test's own RTP socket, advertised in sipp's SDP. */
  rtpPort: number;
  keys?: Record<string, string>;
  /** `tcp`: one TCP connection for the call (`-t t1`), on which our requests must come back too. */
  transport?: 'udp' | 'tcp';
  /** sipp's own bound on the whole call. */
  timeoutSeconds?: number;
}

/** One sipp call (UAC) against 127.0.0.1:sipPort; the scenario's `<log>` lines come back in `logged`. */
export async function runSipp(call: SippCall): Promise<SippRun> {
  const [local, media, control] = [await freeUdpPort(), await freeUdpPort(), await freeUdpPort()];
  const keys = { rtp_port: String(call.rtpPort), ...call.keys };
  return spawnSipp([
    `127.0.0.1:${call.sipPort}`, '-sf', path.join(SCENARIOS, call.scenario), '-s', call.service, '-m', '1',
    ...(call.transport === 'tcp' ? ['-t', 't1'] : []),
    '-i', '127.0.0.1', '-mi', '127.0.0.1', '-p', String(local), '-mp', String(media), '-cp', String(control),
    '-nostdin', '-timeout', `${call.timeoutSeconds ?? 90}s`, '-timeout_error', '-trace_err', '-trace_msg', '-trace_logs',
    ...Object.entries(keys).flatMap(([k, v]) => ['-key', k, v]),
  ]);
}

/** Starts sipp in a folder of its own (it writes its logs into the working directory) and collects them when it exits. */
export function spawnSipp(args: string[]): SippRun {
  const dir = mkdtempSync(path.join(tmpdir(), 'sipp-'));
  const child = spawn('/usr/bin/sipp', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<SippResult>((resolve) => {
    child.on('exit', (code) => {
      const files = readdirSync(dir).filter((f) => f.endsWith('.log'));
      const read = (f: string) => readFileSync(path.join(dir, f), 'utf8');
      const logged = files.filter((f) => f.endsWith('_logs.log')).flatMap((f) => read(f).split('\n').filter((l) => l.trim() !== ''));
      resolve({ code, logs: stderr + files.map((f) => `--- ${f}\n${read(f)}`).join('\n'), logged });
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

/** The Call-ID the scenario logged (`<log message="call-id [call_id]"/>`), which names the call's session. */
export function loggedCallId(logged: string[]): string {
  const line = logged.find((l) => l.startsWith('call-id '));
  if (!line) throw new Error(`the sipp scenario logged no call-id line: ${logged.join(' | ')}`);
  return line.slice('call-id '.length).trim();
}
