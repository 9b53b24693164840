import type { NodeOf } from '../../nodes';
import { countAttempt, onInput, outcomeIs, resetAttempts, retryOr, say } from '../actions';
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
      invalid: {
        entry: [countAttempt],
        always: retryOr(node.retries, 'listen', say(sid, node.invalidPrompt), leave(ctx, id, node, 'invalid')),
      },
      noInput: {
        entry: [countAttempt],
        always: retryOr(node.retries, 'listen', say(sid, node.noInputPrompt), leave(ctx, id, node, 'noInput')),
      },
    },
  };
}
