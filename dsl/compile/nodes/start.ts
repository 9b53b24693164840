import type { NodeOf } from '../../nodes';
import { TRIGGERS } from '../../nodes/start';
import type { StateConfig, TransitionConfig } from '../config';
import { ENDED_STATE_ID } from '../config';
import { stateId, type CompileContext } from '../context';

/**
 * The start node is the machine's idle state: the session's `start` event picks the port of
 * its trigger. Inbound calls are answered first unless the node says otherwise.
 */
export function compileStart(id: string, node: NodeOf<'start'>, ctx: CompileContext): StateConfig {
  const routes: TransitionConfig[] = TRIGGERS.filter((trigger) => node.on[trigger] !== undefined).map((trigger) => ({
    guard: { type: 'triggerIs', params: { trigger } },
    target: `#${stateId(ctx, node.on[trigger]!)}`,
    actions: [
      { type: 'initSession' },
      { type: 'visit', params: { nodeId: stateId(ctx, id), kind: 'start' } },
      ...(trigger === 'call' && node.answer ? [{ type: 'answer' }] : []),
    ],
  }));
  routes.push({
    target: `#${ENDED_STATE_ID}`,
    actions: [{ type: 'initSession' }, { type: 'hangup', params: { reason: 'no entry for this trigger' } }],
  });
  return { id: stateId(ctx, id), on: { start: routes } };
}
