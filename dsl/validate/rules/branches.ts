import type { Diagnostic } from '../../diagnostics';
import type { Rule } from '../types';

/** Each branch condition leaves by its own port, and none takes the name of the else port. */
export const branchesRule: Rule = (context) => {
  const diagnostics: Diagnostic[] = [];
  for (const [id, node] of context.nodes) {
    if (node.kind !== 'branch') continue;
    const subject = context.describe(id);
    const seen = new Set<string>();
    node.conditions.forEach(({ port }, index) => {
      const at = { severity: 'error' as const, nodeId: id, port, path: ['nodes', id, 'conditions', index, 'port'] };
      if (seen.has(port))
        diagnostics.push({
          ...at,
          code: 'branch.duplicatePort',
          message: `${subject}: two conditions use the port '${port}'; give each its own port`,
        });
      else if (port === 'else')
        diagnostics.push({
          ...at,
          code: 'branch.reservedPort',
          message: `${subject}: a condition may not be called 'else', which is the port taken when no condition holds`,
        });
      seen.add(port);
    });
  }
  return diagnostics;
};
