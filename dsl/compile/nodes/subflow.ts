import type { NodeOf } from '../../nodes';
import type { StateConfig } from '../config';
import { leave, stateId, visit, type CompileContext } from '../context';
import { CompileError } from '../errors';
import { compileNodes } from './index';

/**
 * A subflow is inlined at compile time as a compound state, its node ids prefixed with the
 * subflow node's id. Compiling against a pinned revision is what pins it: a published
 * revision of the caller keeps the subflow it was compiled with.
 */
export function compileSubflow(id: string, node: NodeOf<'subflow'>, ctx: CompileContext): StateConfig {
  const sid = stateId(ctx, id);
  const where = { nodeId: sid, severity: 'error' as const };
  const child = ctx.resolveScenario?.(node.scenario, node.revision);
  if (!child) {
    const revision = node.revision !== undefined ? ` (revision ${node.revision})` : '';
    throw new CompileError([{ ...where, code: 'subflow.unresolved', message: `Subflow '${node.name ?? id}': scenario '${node.scenario}'${revision} not found` }]);
  }
  if (ctx.stack.includes(child.id)) {
    const chain = [...ctx.stack, child.id].join(' → ');
    throw new CompileError([{ ...where, code: 'subflow.recursive', message: `Subflow '${node.name ?? id}' runs itself: ${chain}` }]);
  }
  const startNode = child.nodes[child.start];
  const entry = startNode?.kind === 'start' ? startNode.on.subflow : undefined;
  if (entry === undefined) {
    throw new CompileError([{ ...where, code: 'subflow.noEntry', message: `Subflow '${node.name ?? id}': scenario '${child.id}' has no subflow entry on its start node` }]);
  }
  const back = (outcome: 'done' | 'error') =>
    leave(ctx, id, node, outcome, { actions: [{ type: 'leaveSubflow', params: { outputs: node.outputs } }] });
  const defaults = Object.fromEntries(Object.entries(child.variables).map(([name, v]) => [name, v.default ?? null]));
  return {
    id: sid,
    entry: [
      visit(ctx, id, node),
      { type: 'enterSubflow', params: { nodeId: sid, scenario: child.id, locales: child.locales, variables: defaults, inputs: node.inputs } },
    ],
    initial: entry,
    states: compileNodes({
      scenario: child,
      prefix: `${sid}~`,
      returns: { done: back('done'), error: back('error') },
      resolveScenario: ctx.resolveScenario,
      stack: [...ctx.stack, child.id],
    }),
  };
}
