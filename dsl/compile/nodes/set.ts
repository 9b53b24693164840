import type { NodeOf } from '../../nodes';
import type { StateConfig } from '../config';
import { leave, stateId, visit, type CompileContext } from '../context';

export function compileSet(id: string, node: NodeOf<'set'>, ctx: CompileContext): StateConfig {
  return {
    id: stateId(ctx, id),
    entry: [visit(ctx, id, node), { type: 'assignVars', params: { assign: node.assign } }],
    always: [leave(ctx, id, node, 'next')],
  };
}
