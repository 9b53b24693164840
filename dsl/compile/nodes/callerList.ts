import type { NodeOf } from '../../nodes';
import { resultIs } from '../actions';
import { WAIT_TAGS, type StateConfig } from '../config';
import { compact, leave, stateId, visit, type CompileContext } from '../context';

/** A lookup is an effect: named lists live in the runtime's storage, not in the scenario. */
export function compileCallerList(id: string, node: NodeOf<'callerList'>, ctx: CompileContext): StateConfig {
  return {
    id: stateId(ctx, id),
    tags: [WAIT_TAGS.effect],
    exit: [{ type: 'clearPending' }],
    entry: [
      visit(ctx, id, node),
      { type: 'lookupCaller', params: compact({ nodeId: stateId(ctx, id), list: node.list, numbers: node.numbers }) },
    ],
    on: {
      effectResult: [leave(ctx, id, node, 'listed', { guard: resultIs('listed') }), leave(ctx, id, node, 'notListed')],
    },
  };
}
