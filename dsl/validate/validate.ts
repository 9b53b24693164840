import type { Diagnostic } from '../diagnostics';
import { migrate } from '../migrate/migrate';
import { describeNode } from './describe';
import { RULES } from './rules';
import { parseDocument } from './schema';
import { sortDiagnostics } from './sort';
import type { RuleContext, ValidateOptions, ValidationResult } from './types';

function internalError(where: string, error: unknown): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    severity: 'error',
    code: 'internal.error',
    message: `Validation (${where}) failed unexpectedly: ${reason}. Please report this.`,
  };
}

function finish(diagnostics: Diagnostic[], order: readonly string[], scenario?: ValidationResult['scenario']): ValidationResult {
  const sorted = sortDiagnostics(diagnostics, order);
  return { ok: !sorted.some((d) => d.severity === 'error'), diagnostics: sorted, ...(scenario && { scenario }) };
}

function run(input: unknown, options: ValidateOptions): ValidationResult {
  const migration = migrate(input);
  if (migration.diagnostics.some((d) => d.severity === 'error')) return finish(migration.diagnostics, []);

  const parsed = parseDocument(migration.document);
  const diagnostics = [...migration.diagnostics, ...parsed.diagnostics];
  if (parsed.ruleDoc) {
    const { nodes, broken } = parsed;
    const context: RuleContext = {
      doc: parsed.ruleDoc,
      nodes,
      broken,
      order: parsed.order,
      options,
      describe: (id) => describeNode(id, nodes.get(id) ?? broken.get(id)),
    };
    // One failing rule must not cost the user the findings of all the others.
    for (const [name, rule] of Object.entries(RULES)) {
      try {
        diagnostics.push(...rule(context));
      } catch (error) {
        diagnostics.push(internalError(`rule "${name}"`, error));
      }
    }
  }
  return finish(diagnostics, parsed.order, parsed.scenario);
}

/**
 * Checks a scenario document of any format: migrates it, parses the document and each node on
 * its own, then applies every rule. Never throws, whatever the input; problems are diagnostics.
 */
export function validate(input: unknown, options: ValidateOptions = {}): ValidationResult {
  try {
    return run(input, options ?? {});
  } catch (error) {
    return finish([internalError('document', error)], []);
  }
}
