import { stat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run build` builds the studio into dist/studio; with --if-stale (what `npm start` uses) it
 * builds only when that output is missing or older than a source it is made from.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const STUDIO_CONFIG = join(ROOT, 'studio/vite.config.ts');
const OUTPUT_INDEX = join(ROOT, 'dist/studio/index.html');
/** The studio bundles dsl/ (types and helpers) and the examples (templates). */
const SOURCES = ['studio', 'dsl', 'examples', 'package-lock.json'];

async function newestChange(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, await newestChange(join(path, entry)));
  }
  return newest;
}

export async function studioIsStale(): Promise<boolean> {
  const built = await stat(OUTPUT_INDEX).catch(() => null);
  if (!built) return true;
  const sources = await Promise.all(SOURCES.map((s) => newestChange(join(ROOT, s))));
  return Math.max(...sources) > built.mtimeMs;
}

export async function buildStudio(options: { quiet?: boolean } = {}): Promise<void> {
  const { build } = await import('vite');
  // Vite keeps a NODE_ENV it finds, and vitest sets "test": the browser tests and the benchmarks
  // would get React's development build, several times slower. What users get is what is tested.
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: STUDIO_CONFIG, mode: 'production', logLevel: options.quiet ? 'warn' : 'info' });
  } finally {
    if (before === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = before;
  }
}

async function main() {
  const ifStale = process.argv.includes('--if-stale');
  if (ifStale && !(await studioIsStale())) return;
  if (ifStale) console.log('The studio is missing or older than its sources: building it first.');
  await buildStudio();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
