import type { NodeOf } from '../../nodes';
import { resultIs } from '../actions';
import { WAIT_TAGS, type StateConfig } from '../config';
import { compact, leave, stateId, visit, type CompileContext } from '../context';

export function compileQueue(id: string, node: NodeOf<'queue'>, ctx: CompileContext): StateConfig {
  const sid = stateId(ctx, id);
  const { kind: _kind, name: _name, description: _description, ui: _ui, on: _on, ...settings } = node;
  // Without a "full" port a full queue counts as a timeout: the caller still gets the fallback.
  const fullPort = node.on.full !== undefined ? 'full' : 'timeout';
  return {
    id: sid,
    tags: [WAIT_TAGS.queue],
    entry: [visit(ctx, id, node), { type: 'enqueue', params: compact({ nodeId: sid, ...settings }) }],
    on: {
      queueResult: [
        leave(ctx, id, node, 'answered', { guard: resultIs('answered') }),
        leave(ctx, id, node, fullPort, { guard: resultIs('full') }),
        leave(ctx, id, node, 'timeout'),
      ],
    },
  };
}
