import type { Diagnostic } from '../../diagnostics';
import type { NodeOf } from '../../nodes';
import type { Rule } from '../types';

function patternProblem(pattern: string): string | undefined {
  try {
    new RegExp(pattern);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function checkAsk(subject: string, id: string, ask: NodeOf<'ask'>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const at = (field: string) => ({ severity: 'error' as const, nodeId: id, path: ['nodes', id, field] });
  if (ask.type === 'pattern' && ask.pattern === undefined)
    diagnostics.push({ ...at('pattern'), code: 'ask.patternMissing', message: `${subject}: the answer type is "pattern", but no pattern is given` });
  if (ask.pattern !== undefined) {
    const problem = patternProblem(ask.pattern);
    if (problem)
      diagnostics.push({
        ...at('pattern'),
        code: 'ask.patternInvalid',
        message: `${subject}: the pattern is not a valid regular expression: ${problem}`,
      });
    else if (ask.type !== 'pattern')
      diagnostics.push({
        ...at('pattern'),
        severity: 'warning',
        code: 'ask.patternIgnored',
        message: `${subject}: the pattern is ignored because the answer type is "${ask.type}", not "pattern"`,
      });
  }
  if (ask.min !== undefined && ask.max !== undefined && ask.min > ask.max)
    diagnostics.push({
      ...at('min'),
      code: 'ask.range',
      message: `${subject}: the smallest number (${ask.min}) is larger than the largest (${ask.max})`,
    });
  if (ask.minLength !== undefined && ask.maxLength !== undefined && ask.minLength > ask.maxLength)
    diagnostics.push({
      ...at('minLength'),
      code: 'ask.lengthRange',
      message: `${subject}: the shortest answer (${ask.minLength}) is longer than the longest (${ask.maxLength})`,
    });
  return diagnostics;
}

/** An ask step's validation settings can be met by some answer. */
export const askRule: Rule = (context) => {
  const diagnostics: Diagnostic[] = [];
  for (const [id, node] of context.nodes) if (node.kind === 'ask') diagnostics.push(...checkAsk(context.describe(id), id, node));
  return diagnostics;
};
