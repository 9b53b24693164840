import type { Diagnostic } from '../diagnostics';
import { DSL_VERSION } from '../schema/document';
import { isObject, own } from './json';
import { MIGRATION_STEPS, OLDEST_VERSION } from './steps';

export interface MigrationResult {
  /** The document in the current format, or the input unchanged when it cannot be migrated. */
  document: unknown;
  /** The format the document was upgraded from; absent when it was already current. */
  from?: number;
  diagnostics: Diagnostic[];
}

const error = (code: string, message: string): Diagnostic => ({ severity: 'error', code, message, path: ['dsl'] });

/** Upgrades a scenario of an older `dsl` format to the current one. Never mutates or throws on its input. */
export function migrate(input: unknown): MigrationResult {
  if (!isObject(input))
    return {
      document: input,
      diagnostics: [{ severity: 'error', code: 'document.notObject', message: 'A scenario must be a JSON object' }],
    };
  const version = own(input, 'dsl');
  if (typeof version !== 'number' || !Number.isInteger(version))
    return {
      document: input,
      diagnostics: [error('migrate.missingVersion', `missing dsl version: add "dsl": ${DSL_VERSION} to the scenario`)],
    };
  if (version > DSL_VERSION)
    return {
      document: input,
      diagnostics: [
        error(
          'migrate.newerVersion',
          `written by a newer Callflow Studio (format ${version}); this build reads up to ${DSL_VERSION}`,
        ),
      ],
    };
  if (version < OLDEST_VERSION)
    return {
      document: input,
      diagnostics: [
        error('migrate.unknownVersion', `format ${version} does not exist; this build reads formats ${OLDEST_VERSION} to ${DSL_VERSION}`),
      ],
    };
  if (version === DSL_VERSION) return { document: input, diagnostics: [] };

  let document = input;
  const diagnostics: Diagnostic[] = [];
  for (const step of MIGRATION_STEPS.filter((s) => s.from >= version)) {
    const result = step.migrate(document);
    document = result.document;
    diagnostics.push(...(result.diagnostics ?? []));
  }
  diagnostics.push({
    severity: 'info',
    code: 'migrate.upgraded',
    message: `Upgraded from format ${version} to format ${DSL_VERSION}; save the scenario to keep the new format`,
    path: ['dsl'],
  });
  return { document, from: version, diagnostics };
}
