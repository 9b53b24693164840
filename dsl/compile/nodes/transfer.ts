import type { NodeOf } from '../../nodes';
import { resultIs, say } from '../actions';
import { WAIT_TAGS, type StateConfig } from '../config';
import { compact, leave, stateId, visit, type CompileContext } from '../context';

export function compileTransfer(id: string, node: NodeOf<'transfer'>, ctx: CompileContext): StateConfig {
  const sid = stateId(ctx, id);
  return {
    id: sid,
    tags: [WAIT_TAGS.transfer],
    entry: [
      visit(ctx, id, node),
      ...say(sid, node.announce),
      {
        type: 'transfer',
        params: compact({ nodeId: sid, target: node.target, callerId: node.callerId, timeout: node.timeout, whisper: node.whisper }),
      },
    ],
    on: {
      transferResult: (['answered', 'busy', 'noAnswer', 'failed'] as const).map((result) =>
        leave(ctx, id, node, result, { guard: resultIs(result) }),
      ),
    },
  };
}
