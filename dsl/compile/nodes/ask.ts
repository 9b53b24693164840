import type { NodeOf } from '../../nodes';
import { onInput, outcomeIs, resetAttempts, retryStates, say } from '../actions';
import { compact, leave, stateId, visit, type CompileContext } from '../context';
import { WAIT_TAGS, type StateConfig } from '../config';

export function compileAsk(id: string, node: NodeOf<'ask'>, ctx: CompileContext): StateConfig {
  const sid = stateId(ctx, id);
  const rules = compact({
    type: node.type,
    variable: node.variable,
    pattern: node.pattern,
    minLength: node.minLength,
    maxLength: node.maxLength,
    min: node.min,
    max: node.max,
    finishOnKey: node.finishOnKey,
  });
  return {
    id: sid,
    entry: [visit(ctx, id, node), resetAttempts],
    initial: 'listen',
    states: {
      listen: {
        tags: [WAIT_TAGS.input],
        entry: [
          ...say(sid, node.prompt, true),
          {
            type: 'gatherAnswer',
            params: compact({
              nodeId: sid,
              modes: node.modes,
              type: node.type,
              timeout: node.timeout,
              maxDigits: node.maxDigits,
              finishOnKey: node.finishOnKey,
            }),
          },
        ],
        on: { ...onInput('check'), noInput: [{ target: 'noInput' }] },
      },
      check: {
        entry: [{ type: 'checkAnswer', params: rules }],
        always: [leave(ctx, id, node, 'valid', { guard: outcomeIs('valid') }), { target: 'invalid' }],
      },
      ...retryStates(node.retries, {
        invalid: { prompt: say(sid, node.invalidPrompt), giveUp: leave(ctx, id, node, 'invalid') },
        noInput: { prompt: say(sid, node.noInputPrompt), giveUp: leave(ctx, id, node, 'noInput') },
      }),
    },
  };
}
