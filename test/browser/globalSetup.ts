import { buildStudio, studioIsStale } from '../../scripts/build-studio';

/**
 * Builds the studio once before any test file runs: browser test files run in parallel, and
 * two of them rebuilding dist/studio at once would wipe each other's pages.
 */
export default async function setup(): Promise<void> {
  if (await studioIsStale()) await buildStudio({ quiet: true });
}
