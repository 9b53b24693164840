import type { NodeOf } from '../../nodes';
import { onInput, outcomeIs, resetAttempts, retryStates, say } from '../actions';
import { WAIT_TAGS, type StateConfig } from '../config';
import { leave, stateId, visit, type CompileContext } from '../context';

/**
 * listen → match → (option port | noMatch) and listen → noInput; noMatch and noInput share the
 * attempt counter, as callers experience them as one conversation.
 */
export function compileMenu(id: string, node: NodeOf<'menu'>, ctx: CompileContext): StateConfig {
  const sid = stateId(ctx, id);
  return {
    id: sid,
    entry: [visit(ctx, id, node), resetAttempts],
    initial: 'listen',
    states: {
      listen: {
        tags: [WAIT_TAGS.input],
        entry: [
          ...say(sid, node.prompt, node.bargeIn),
          { type: 'gatherChoice', params: { nodeId: sid, options: node.options, timeout: node.timeout } },
        ],
        on: { ...onInput('match'), noInput: [{ target: 'noInput' }] },
      },
      match: {
        entry: [{ type: 'matchChoice', params: { options: node.options } }],
        always: [...node.options.map((o) => leave(ctx, id, node, o.port, { guard: outcomeIs(o.port) })), { target: 'noMatch' }],
      },
      ...retryStates(node.retries, {
        noMatch: { prompt: say(sid, node.noMatchPrompt), giveUp: leave(ctx, id, node, 'noMatch') },
        noInput: { prompt: say(sid, node.noInputPrompt), giveUp: leave(ctx, id, node, 'noInput') },
      }),
    },
  };
}
