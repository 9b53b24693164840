import type { NodeOf } from '../../nodes';
import { ENDED_STATE_ID, type StateConfig } from '../config';
import { stateId, visit, type CompileContext } from '../context';

/** Inside an inlined subflow, goes back to the calling node's port; at the top level it ends the session. */
export function compileReturn(id: string, node: NodeOf<'return'>, ctx: CompileContext): StateConfig {
  const back = ctx.returns?.[node.outcome] ?? {
    target: `#${ENDED_STATE_ID}`,
    actions: [{ type: 'hangup', params: { reason: `returned ${node.outcome}` } }],
  };
  return { id: stateId(ctx, id), entry: [visit(ctx, id, node)], always: [back] };
}
