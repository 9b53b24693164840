import type { NodeOf } from '../../nodes';
import { say } from '../actions';
import { WAIT_TAGS, type StateConfig } from '../config';
import { leave, stateId, visit, type CompileContext } from '../context';

/**
 * Recording starts only after the consent notice. With an opt-out key the caller gets a
 * window to press it; silence or any other input counts as consent.
 */
export function compileRecord(id: string, node: NodeOf<'record'>, ctx: CompileContext): StateConfig {
  const sid = stateId(ctx, id);
  const start = { type: 'startRecording', params: { nodeId: sid } };
  if (node.action === 'stop') {
    return {
      id: sid,
      entry: [visit(ctx, id, node), { type: 'stopRecording', params: { nodeId: sid } }],
      always: [leave(ctx, id, node, 'recording')],
    };
  }
  if (node.optOutKey === undefined) {
    return {
      id: sid,
      entry: [visit(ctx, id, node), ...say(sid, node.consent), start],
      always: [leave(ctx, id, node, 'recording')],
    };
  }
  const consent = leave(ctx, id, node, 'recording', { actions: [start] });
  return {
    id: sid,
    tags: [WAIT_TAGS.input],
    entry: [
      visit(ctx, id, node),
      ...say(sid, node.consent, true),
      { type: 'gatherOptOut', params: { nodeId: sid, key: node.optOutKey, timeout: node.optOutWindow } },
    ],
    on: {
      digits: [leave(ctx, id, node, 'declined', { guard: { type: 'digitsAre', params: { digits: node.optOutKey } } }), consent],
      speech: [consent],
      text: [consent],
      noInput: [consent],
    },
  };
}
