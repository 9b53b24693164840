import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { readExample, ROOT, runCli, writeTemp } from './testing';

const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((name) => name.endsWith('.json'));

describe('callflow compile', () => {
  it.each(EXAMPLES)('prints a machine for %s that xstate accepts, byte-identical across two runs', async (name) => {
    const [first, second] = await Promise.all([runCli('compile', `examples/${name}`), runCli('compile', `examples/${name}`)]);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    const machine = createMachine(JSON.parse(first.stdout));
    expect(machine.id).toBe(`callflow:${readExample(name.replace('.json', '')).id}`);
    expect(second.stdout).toBe(first.stdout);
  });

  it('writes the same JSON to a file with --out', async () => {
    const { 'machine.json': out } = writeTemp({ 'machine.json': '' });
    const [printed, written] = await Promise.all([
      runCli('compile', 'examples/voice-robot.json'),
      runCli('compile', 'examples/voice-robot.json', '--out', out ?? ''),
    ]);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(readFileSync(out ?? '', 'utf8')).toBe(printed.stdout);
  });

  it('refuses a scenario with errors, printing its diagnostics instead of a machine, and exits 1', async () => {
    const scenario = readExample('voice-robot');
    scenario.nodes.billingQueue.on.answered = 'agentt';
    const { 'robot.json': file } = writeTemp({ 'robot.json': scenario });
    const run = await runCli('compile', file ?? '');
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/robot\.json: 1 error\n {2}error +billingQueue:answered +port\.unknownTarget +.*'agentt'/);
    expect(run.code).toBe(1);
  });
});
