import type { Diagnostic } from '../../diagnostics';
import { variablesRead } from '../analysis';
import { shorten } from '../describe';
import { analyzer, code, knownVariables, writtenVariables } from '../facts';
import { rawReads } from '../graph';
import { didYouMean } from '../suggest';
import type { Rule } from '../types';

/** Every variable read is declared or set somewhere; declarations and assignments are tidy. */
export const variablesRule: Rule = (context) => {
  const diagnostics: Diagnostic[] = [];
  const declared = Object.keys(context.doc.variables);
  const written = writtenVariables(context);
  const known = knownVariables(context);
  const read = new Set<string>();

  const analyze = analyzer(context);
  for (const [id, refs] of code(context)) {
    const reported = new Set<string>();
    for (const ref of refs) {
      for (const name of variablesRead(analyze.of(ref))) {
        read.add(name);
        if (known.has(name) || reported.has(name)) continue;
        reported.add(name);
        diagnostics.push({
          severity: 'error',
          code: 'variable.undefined',
          message:
            `${context.describe(id)}: uses vars.${shorten(name, 60)}, which is never set or declared` +
            didYouMean(name, known, (s) => `vars.${s}`),
          nodeId: id,
          path: ['nodes', id, ...ref.path],
        });
      }
    }
  }
  for (const raw of context.broken.values()) for (const name of rawReads(raw)) read.add(name);

  for (const [name, writer] of written) {
    if (declared.includes(name)) continue;
    diagnostics.push({
      severity: 'info',
      code: 'variable.undeclared',
      message: `${context.describe(writer)}: sets vars.${name}, which is not declared; declare it to give it a type and a default`,
      nodeId: writer,
      path: ['nodes', writer],
    });
  }
  for (const name of declared) {
    if (read.has(name) || written.has(name)) continue;
    diagnostics.push({
      severity: 'info',
      code: 'variable.unused',
      message: `Scenario: variable '${name}' is declared but never used`,
      path: ['variables', name],
    });
  }
  return diagnostics;
};
