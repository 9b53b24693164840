import type { NodeOf } from '../../nodes';
import { say } from '../actions';
import { ENDED_STATE_ID, type StateConfig } from '../config';
import { stateId, visit, type CompileContext } from '../context';

export function compileHangup(id: string, node: NodeOf<'hangup'>, ctx: CompileContext): StateConfig {
  const sid = stateId(ctx, id);
  return {
    id: sid,
    entry: [visit(ctx, id, node), ...say(sid, node.prompt), { type: 'hangup', params: { reason: node.reason } }],
    always: [{ target: `#${ENDED_STATE_ID}` }],
  };
}
