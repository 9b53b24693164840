import type { Diagnostic } from '../../diagnostics';
import { variablesRead, type CodeAnalyzer } from '../analysis';
import type { NodeOf } from '../../nodes';
import { shorten } from '../describe';
import { analyzer } from '../facts';
import { findCycle, keyOf, library, named, type Peek } from '../subflow-library';
import { didYouMean } from '../suggest';
import type { Rule } from '../types';

function checkOutputs(analyze: CodeAnalyzer, subject: string, id: string, node: NodeOf<'subflow'>, target?: Peek): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [variable, source] of Object.entries(node.outputs)) {
    const path = ['nodes', id, 'outputs', variable];
    const analysis = analyze.expression(source);
    if (analysis.problem !== undefined) {
      const message = `${subject}: outputs › ${variable}: ${shorten(analysis.problem, 200)}`;
      diagnostics.push({ severity: 'error', code: 'expression.invalid', message, nodeId: id, path });
      continue;
    }
    if (!target) continue;
    for (const read of variablesRead(analysis))
      if (!target.variables.includes(read))
        diagnostics.push({
          severity: 'warning',
          code: 'subflow.unknownOutput',
          message:
            `${subject}: output '${variable}' reads vars.${read}, which ${named(node)} does not have` +
            didYouMean(read, target.variables, (s) => `vars.${s}`),
          nodeId: id,
          path,
        });
  }
  return diagnostics;
}

/** Without a library only a scenario running itself can be seen. */
function checkWithoutLibrary(subject: string, id: string, node: NodeOf<'subflow'>, self?: string): Diagnostic {
  const at = { nodeId: id, path: ['nodes', id, 'scenario'] };
  if (node.scenario === self && node.revision === undefined)
    return { ...at, severity: 'error', code: 'subflow.recursive', message: `${subject}: runs this very scenario, so it would never end` };
  return {
    ...at,
    severity: 'info',
    code: 'subflow.unchecked',
    message: `${subject}: ${named(node)} was not checked, because no scenario library is available here`,
  };
}

function checkTarget(subject: string, id: string, node: NodeOf<'subflow'>, target: Peek | null, inCycle: boolean): Diagnostic[] {
  const at = { nodeId: id, path: ['nodes', id, 'scenario'] };
  if (!target)
    return inCycle ? [] : [{ ...at, severity: 'error', code: 'subflow.notFound', message: `${subject}: ${named(node)} not found` }];
  const diagnostics: Diagnostic[] = [];
  if (target.problem !== undefined)
    diagnostics.push({
      ...at,
      severity: 'error',
      code: 'subflow.unreadable',
      message: `${subject}: ${named(node)} cannot be read: ${target.problem}`,
    });
  else if (!target.hasSubflowEntry)
    diagnostics.push({
      ...at,
      severity: 'error',
      code: 'subflow.noEntry',
      message: `${subject}: ${named(node)} cannot run as a subflow, because its Start step has no subflow entry`,
    });
  for (const input of Object.keys(node.inputs))
    if (!target.variables.includes(input))
      diagnostics.push({
        severity: 'warning',
        code: 'subflow.unknownInput',
        message: `${subject}: input '${input}' is not a variable of ${named(node)}${didYouMean(input, target.variables)}`,
        nodeId: id,
        path: ['nodes', id, 'inputs', input],
      });
  return diagnostics;
}

/** Subflow references resolve to scenarios that can run as a subflow, take the inputs given and do not call back. */
export const subflowsRule: Rule = (context) => {
  const diagnostics: Diagnostic[] = [];
  const analyze = analyzer(context);
  const self = context.doc.id;
  const subflows = [...context.nodes].filter((entry): entry is [string, NodeOf<'subflow'>] => entry[1].kind === 'subflow');
  const { resolveScenario } = context.options;
  if (!resolveScenario) {
    for (const [id, node] of subflows) {
      const subject = context.describe(id);
      diagnostics.push(checkWithoutLibrary(subject, id, node, self), ...checkOutputs(analyze, subject, id, node));
    }
    return diagnostics;
  }
  const load = library(resolveScenario);
  // Direct targets first, so following deeper subflows cannot use up the budget they need.
  const targets = new Map(subflows.map(([id, node]) => [id, load(node)]));
  const running = new Set(self !== undefined ? [keyOf({ scenario: self })] : []);
  const finished = new Set<string>();
  for (const [id, node] of subflows) {
    const subject = context.describe(id);
    const cycle = findCycle(node, [self ?? 'this scenario'], running, finished, load);
    if (cycle)
      diagnostics.push({
        nodeId: id,
        path: ['nodes', id, 'scenario'],
        severity: 'error',
        code: 'subflow.recursive',
        message: `${subject}: subflows run each other in a circle and would never end: ${cycle.map((s) => shorten(s, 60)).join(' → ')}`,
      });
    const target = targets.get(id) ?? null;
    diagnostics.push(...checkTarget(subject, id, node, target, cycle !== undefined));
    diagnostics.push(...checkOutputs(analyze, subject, id, node, target ?? undefined));
  }
  return diagnostics;
};
