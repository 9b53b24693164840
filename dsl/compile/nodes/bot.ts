import type { NodeOf } from '../../nodes';
import { countAttempt, onInput, outcomeIs, resetAttempts, resultIs, retryOr, say } from '../actions';
import { WAIT_TAGS, type StateConfig, type TransitionConfig } from '../config';
import { compact, leave, stateId, visit, type CompileContext } from '../context';

/**
 * listen → classify (an effect: the controller may be remote) → decide. An exit intent leaves
 * by its port, an answer intent is answered and the robot listens again, until maxTurns.
 */
export function compileBot(id: string, node: NodeOf<'bot'>, ctx: CompileContext): StateConfig {
  const sid = stateId(ctx, id);
  const setIntent = (intent: string) =>
    node.intentVariable ? [{ type: 'setVariable', params: { variable: node.intentVariable, value: intent } }] : [];
  const exits = node.intents.filter((i) => i.exit);
  const answers = node.intents.filter((i) => !i.exit && i.answer);
  const decide: TransitionConfig[] = [
    ...exits.map((i) => leave(ctx, id, node, i.name, { guard: outcomeIs(i.name), actions: setIntent(i.name) })),
    leave(ctx, id, node, 'handoff', { guard: outcomeIs('handoff'), actions: setIntent('handoff') }),
    ...answers.map((i) => ({ guard: outcomeIs(i.name), target: 'answered', actions: say(sid, i.answer) })),
    { target: 'notUnderstood' },
  ];
  const giveUp = leave(ctx, id, node, 'fallback');
  return {
    id: sid,
    entry: [visit(ctx, id, node), resetAttempts, ...say(sid, node.greeting)],
    initial: 'listen',
    states: {
      listen: {
        tags: [WAIT_TAGS.input],
        entry: [{ type: 'gatherBot', params: { nodeId: sid, timeout: node.timeout, intents: node.intents } }],
        on: { ...onInput('classify'), noInput: [{ target: 'notUnderstood' }] },
      },
      classify: {
        tags: [WAIT_TAGS.effect],
        exit: [{ type: 'clearPending' }],
        entry: [
          {
            type: 'classify',
            params: compact({ nodeId: sid, controller: node.controller, intents: node.intents, threshold: node.threshold }),
          },
        ],
        on: {
          effectResult: [
            { guard: resultIs('success'), target: 'decide', actions: [{ type: 'captureIntent' }] },
            leave(ctx, id, node, 'handoff', { guard: resultIs('handoff') }),
            giveUp,
          ],
        },
      },
      decide: { always: decide },
      answered: { entry: [countAttempt], always: retryOr(node.maxTurns - 1, 'listen', [], giveUp) },
      notUnderstood: {
        entry: [countAttempt],
        always: retryOr(node.maxTurns - 1, 'listen', say(sid, node.fallbackPrompt), giveUp),
      },
    },
  };
}
