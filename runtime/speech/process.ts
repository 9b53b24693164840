import { spawn } from 'node:child_process';

export interface CommandResult {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

export interface CommandOptions {
  input?: Buffer;
  /** The process is killed after this long: a hung recogniser must not hold a call forever. */
  timeoutMs: number;
}

/** Runs one program without a shell, so caller text can never become a command. Injectable for counting spawns. */
export type CommandRunner = (command: string, args: string[], options: CommandOptions) => Promise<CommandResult>;

const MAX_STDERR = 4_000;

export const runCommand: CommandRunner = (command, args, { input, timeoutMs }) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < MAX_STDERR) stderr += chunk.toString('utf8');
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      const missing = error.code === 'ENOENT' ? ' (is it installed and on PATH?)' : '';
      reject(new Error(`${command}: ${error.message}${missing}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) reject(new Error(`${command} did not finish within ${timeoutMs} ms and was killed`));
      else resolve({ code, stdout: Buffer.concat(stdout), stderr: stderr.slice(0, MAX_STDERR) });
    });
    // A program that exits before reading all of its input closes the pipe: that is its exit code's story, not ours.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });

/** The first meaningful line of a tool's complaint, for error messages. */
export function firstLine(stderr: string): string {
  return (
    stderr
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? 'no message'
  );
}

/** Shows a command the way a person would retype it, for error messages only. */
export function describeCommand(command: string, args: string[]): string {
  return [command, ...args.map((a) => (/^[\w./=:,+-]+$/.test(a) ? a : JSON.stringify(a)))].join(' ');
}
