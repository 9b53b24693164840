import type { Diagnostic } from '../../diagnostics';
import { successors } from '../facts';
import { exists } from '../graph';
import type { Rule } from '../types';

/** Every node can be reached from the start node; anything else is dead weight or a missing connection. */
export const reachabilityRule: Rule = (context) => {
  const { start } = context.doc;
  if (!exists(context, start)) return [];
  const next = successors(context);
  const reached = new Set([start]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const target of next.get(queue[i] as string) ?? []) {
      if (reached.has(target) || !exists(context, target)) continue;
      reached.add(target);
      queue.push(target);
    }
  }
  const diagnostics: Diagnostic[] = [];
  for (const id of context.order) {
    // A second start node is reported by the start rule already.
    if (reached.has(id) || context.nodes.get(id)?.kind === 'start') continue;
    diagnostics.push({
      severity: 'warning',
      code: 'node.unreachable',
      message: `${context.describe(id)} cannot be reached from the start; connect it or delete it`,
      nodeId: id,
      path: ['nodes', id],
    });
  }
  return diagnostics;
};
