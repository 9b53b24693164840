import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ASSETS = join(import.meta.dirname, '..', 'dist', 'studio', 'assets');

/** The global set-up builds the studio the browser tests and benchmarks use; it must be the one users get. */
describe('the built studio', () => {
  it("is React's production build, even when built from inside the test run", async () => {
    const scripts = (await readdir(ASSETS)).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const development = [];
    for (const file of scripts) if ((await readFile(join(ASSETS, file), 'utf8')).includes('jsxDEV')) development.push(file);
    expect(development).toEqual([]);
  });
});
