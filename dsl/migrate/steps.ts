import type { Diagnostic } from '../diagnostics';
import type { JsonObject } from './json';
import { v1ToV2 } from './v1-to-v2';

/** Upgrades a document of format `from` to format `from + 1`. Must not mutate its input. */
export interface MigrationStep {
  from: number;
  describe: string;
  migrate(document: JsonObject): { document: JsonObject; diagnostics?: Diagnostic[] };
}

/** In order; step n upgrades format n to n + 1. Adding format 3 is appending one step. */
export const MIGRATION_STEPS: readonly MigrationStep[] = [v1ToV2];

/** The oldest format this build can still read. */
export const OLDEST_VERSION = MIGRATION_STEPS[0]?.from ?? 1;
