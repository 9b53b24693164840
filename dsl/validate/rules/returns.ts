import type { Diagnostic } from '../../diagnostics';
import type { Rule } from '../types';

/** A return step only means something when the scenario can be run as a subflow. */
export const returnsRule: Rule = (context) => {
  const start = context.nodes.get(context.doc.start);
  if (start?.kind !== 'start' || start.on.subflow !== undefined) return [];
  const diagnostics: Diagnostic[] = [];
  for (const [id, node] of context.nodes) {
    if (node.kind !== 'return') continue;
    diagnostics.push({
      severity: 'warning',
      code: 'return.outsideSubflow',
      message:
        `${context.describe(id)}: this scenario cannot run as a subflow (its Start step has no subflow entry), ` +
        'so there is nothing to return to',
      nodeId: id,
      path: ['nodes', id],
    });
  }
  return diagnostics;
};
