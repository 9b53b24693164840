import type { Diagnostic } from '../../diagnostics';
import { SCOPE_ROOTS } from '../../expr';
import { TRANSFORM_NAMES } from '../../expr/jexl';
import { fieldLabel, shorten } from '../describe';
import { analyzer, code, knownVariables } from '../facts';
import { closest } from '../suggest';
import type { Rule } from '../types';

/** Jexl has no null literal: `vars.x == null` reads an absent name, which is what people mean. */
const ALWAYS_ABSENT = new Set(['null', 'undefined']);

const KNOWN_TRANSFORMS = new Set(TRANSFORM_NAMES);

function unknownNameHint(path: string[], variables: Set<string>): string {
  const [root = '', ...rest] = path;
  const root2 = closest(root, SCOPE_ROOTS);
  if (root2) return ` (did you mean '${[root2, ...rest].join('.')}'?)`;
  if (variables.has(root)) return ` (did you mean 'vars.${path.join('.')}'?)`;
  return '';
}

/** Expressions and templates parse, read only known names and use only known transforms. */
export const expressionsRule: Rule = (context) => {
  const diagnostics: Diagnostic[] = [];
  const variables = knownVariables(context);
  const analyze = analyzer(context);
  for (const [id, refs] of code(context)) {
    const subject = context.describe(id);
    const reported = new Set<string>();
    for (const ref of refs) {
      const at = { severity: 'error' as const, nodeId: id, path: ['nodes', id, ...ref.path] };
      const { problem, paths, calls } = analyze.of(ref);
      if (problem) {
        diagnostics.push({ ...at, code: 'expression.invalid', message: `${subject}: ${fieldLabel(ref.path)}: ${shorten(problem, 200)}` });
        continue;
      }
      for (const path of paths) {
        const root = path[0] ?? '';
        const name = shorten(path.join('.'), 60);
        if ((SCOPE_ROOTS as readonly string[]).includes(root) || ALWAYS_ABSENT.has(root) || reported.has(name)) continue;
        reported.add(name);
        diagnostics.push({
          ...at,
          code: 'expression.unknownName',
          message:
            `${subject}: '${name}' is not a known name${unknownNameHint(path, variables)}; ` +
            `names start with ${SCOPE_ROOTS.join(', ')}`,
        });
      }
      for (const call of calls) {
        const key = `${call.pool}:${call.name}`;
        if (reported.has(key)) continue;
        if (call.pool === 'transforms' && KNOWN_TRANSFORMS.has(call.name)) continue;
        reported.add(key);
        const hint = call.pool === 'transforms' ? closest(call.name, TRANSFORM_NAMES) : undefined;
        diagnostics.push({
          ...at,
          code: call.pool === 'transforms' ? 'expression.unknownTransform' : 'expression.unknownFunction',
          message:
            call.pool === 'transforms'
              ? `${subject}: '|${shorten(call.name, 40)}' is not a known transform${hint ? ` (did you mean '|${hint}'?)` : ''}`
              : `${subject}: '${shorten(call.name, 40)}(…)' is not available; use a transform such as '|upper' instead`,
        });
      }
    }
  }
  return diagnostics;
};
