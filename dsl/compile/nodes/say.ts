import type { NodeOf } from '../../nodes';
import { say } from '../actions';
import type { StateConfig } from '../config';
import { leave, stateId, visit, type CompileContext } from '../context';

export function compileSay(id: string, node: NodeOf<'say'>, ctx: CompileContext): StateConfig {
  return {
    id: stateId(ctx, id),
    entry: [visit(ctx, id, node), ...say(stateId(ctx, id), node.prompt, node.bargeIn)],
    always: [leave(ctx, id, node, 'next')],
  };
}
