import type { NodeOf } from '../../nodes';
import type { StateConfig } from '../config';
import { leave, stateId, visit, type CompileContext } from '../context';

export function compileBranch(id: string, node: NodeOf<'branch'>, ctx: CompileContext): StateConfig {
  return {
    id: stateId(ctx, id),
    entry: [visit(ctx, id, node)],
    always: [
      ...node.conditions.map((c) => leave(ctx, id, node, c.port, { guard: { type: 'expression', params: { expression: c.when } } })),
      leave(ctx, id, node, 'else'),
    ],
  };
}
