import type { NodeOf } from '../../nodes';
import type { StateConfig } from '../config';
import { compact, leave, stateId, visit, type CompileContext } from '../context';

export function compileMessage(id: string, node: NodeOf<'message'>, ctx: CompileContext): StateConfig {
  return {
    id: stateId(ctx, id),
    entry: [
      visit(ctx, id, node),
      { type: 'sendMessage', params: compact({ nodeId: stateId(ctx, id), text: node.text, channel: node.channel, to: node.to }) },
    ],
    always: [leave(ctx, id, node, 'next')],
  };
}
