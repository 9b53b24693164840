import type { NodeOf } from '../../nodes';
import { targetOf } from '../../nodes/ports';
import { countAttempt, onInput, outcomeIs, resetAttempts, resultIs, retryOr, say } from '../actions';
import { WAIT_TAGS, type ActionRef, type StateConfig, type TransitionConfig } from '../config';
import { compact, leave, stateId, visit, type CompileContext } from '../context';

type Bot = NodeOf<'bot'>;
type Intent = Bot['intents'][number];

/** What captureIntent sets when a remote controller answered in its own words and named no intent. */
export const REPLIED = '$replied';

/**
 * listen → classify (an effect: the controller may be remote) → decide. An exit intent leaves
 * by its port, an answer intent is answered and the robot listens again, until maxTurns. An
 * intent that needs slots first goes through fill_<intent>, which asks for each missing one.
 */
export function compileBot(id: string, node: Bot, ctx: CompileContext): StateConfig {
  const sid = stateId(ctx, id);
  const giveUp = leave(ctx, id, node, 'fallback');
  // A failing webhook or LLM leaves by "error" when it is connected, else by fallback like a bot that gave up.
  const onError = targetOf(node, 'error') !== undefined ? leave(ctx, id, node, 'error') : giveUp;
  const needsSlots = (i: Intent) => i.slots.length > 0;
  const decide: TransitionConfig[] = [
    ...node.intents.filter(needsSlots).map((i) => ({ guard: outcomeIs(i.name), target: `fill_${i.name}` })),
    ...node.intents.filter((i) => !needsSlots(i)).flatMap((i) => finish(ctx, id, node, sid, i)),
    // A controller may hand over without a declared handoff intent (a webhook's exit, an LLM's tool).
    ...(node.intents.some((i) => i.name === 'handoff')
      ? []
      : [leave(ctx, id, node, 'handoff', { guard: outcomeIs('handoff'), actions: setIntent(node, 'handoff') })]),
    { guard: outcomeIs(REPLIED), target: 'answered' },
    { target: 'notUnderstood' },
  ];
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
            params: compact({ nodeId: sid, controller: node.controller, intents: node.intents, threshold: node.threshold, slots: slotsParam(node) }),
          },
        ],
        on: {
          effectResult: [
            {
              guard: resultIs('success'),
              target: 'decide',
              actions: [{ type: 'captureIntent' }, { type: 'applyBotVars' }, { type: 'sayReplies', params: { nodeId: sid } }],
            },
            leave(ctx, id, node, 'handoff', { guard: resultIs('handoff'), actions: [{ type: 'sayReplies', params: { nodeId: sid } }] }),
            onError,
          ],
        },
      },
      decide: { always: decide },
      answered: { entry: [countAttempt], always: retryOr(node.maxTurns - 1, 'listen', [], giveUp) },
      notUnderstood: {
        entry: [countAttempt],
        always: retryOr(node.maxTurns - 1, 'listen', say(sid, node.fallbackPrompt), giveUp),
      },
      ...Object.fromEntries(node.intents.filter(needsSlots).flatMap((i) => slotStates(ctx, id, node, sid, i, giveUp))),
    },
  };
}

const setIntent = (node: Bot, intent: string): ActionRef[] =>
  node.intentVariable ? [{ type: 'setVariable', params: { variable: node.intentVariable, value: intent } }] : [];

/** What the robot does once it knows the intent (and its slots): leave by the exit, or answer and listen again. */
function finish(ctx: CompileContext, id: string, node: Bot, sid: string, intent: Intent, guarded = true): TransitionConfig[] {
  const guard = guarded ? { guard: outcomeIs(intent.name) } : {};
  if (intent.exit && intent.name !== 'handoff') return [leave(ctx, id, node, intent.name, { ...guard, actions: setIntent(node, intent.name) })];
  if (intent.name === 'handoff') return [leave(ctx, id, node, 'handoff', { ...guard, actions: setIntent(node, 'handoff') })];
  if (intent.answer) return [{ ...guard, target: 'answered', actions: say(sid, intent.answer) }];
  return guarded ? [] : [{ target: 'notUnderstood' }];
}

/** The slots definitions the classify effect and the slot actions need, in the intent's order. */
function slotsOf(node: Bot, intent: Intent) {
  return intent.slots.flatMap((name) => node.slots.filter((s) => s.name === name));
}

/** Remote controllers learn the slots too (an LLM fills them as tool arguments); prompts stay in the node. */
function slotsParam(node: Bot) {
  return node.slots.length > 0 ? node.slots.map((s) => ({ name: s.name, type: s.type, values: s.values.map((v) => v.value) })) : undefined;
}

/**
 * fill: take every slot the last utterance holds → done when none is missing, else ask for the
 * first missing one (a turn like any other, bounded by maxTurns) and fill again from the answer.
 */
function slotStates(ctx: CompileContext, id: string, node: Bot, sid: string, intent: Intent, giveUp: TransitionConfig): [string, StateConfig][] {
  const slots = slotsOf(node, intent);
  const fill = `fill_${intent.name}`;
  const ask = `ask_${intent.name}`;
  return [
    [
      fill,
      {
        entry: [{ type: 'fillSlots', params: { slots } }],
        always: [{ guard: { type: 'slotsFilled', params: { slots: intent.slots } }, target: `done_${intent.name}` }, { target: `missing_${intent.name}` }],
      },
    ],
    [`missing_${intent.name}`, { entry: [countAttempt], always: retryOr(node.maxTurns - 1, ask, [], giveUp) }],
    [
      ask,
      {
        tags: [WAIT_TAGS.input],
        entry: [{ type: 'askSlot', params: { nodeId: sid, slots, timeout: node.timeout } }],
        on: { ...onInput(fill), noInput: [{ target: `missing_${intent.name}` }] },
      },
    ],
    [`done_${intent.name}`, { always: finish(ctx, id, node, sid, intent, false) }],
  ];
}
