import type { NodeOf } from '../../nodes';
import type { StateConfig } from '../config';
import { compact, leave, stateId, visit, type CompileContext } from '../context';

export function compileTag(id: string, node: NodeOf<'tag'>, ctx: CompileContext): StateConfig {
  return {
    id: stateId(ctx, id),
    entry: [visit(ctx, id, node), { type: 'tag', params: compact({ nodeId: stateId(ctx, id), status: node.status, tags: node.tags }) }],
    always: [leave(ctx, id, node, 'next')],
  };
}
