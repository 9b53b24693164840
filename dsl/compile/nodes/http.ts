import type { NodeOf } from '../../nodes';
import { resultIs, say } from '../actions';
import { WAIT_TAGS, type StateConfig } from '../config';
import { compact, leave, stateId, visit, type CompileContext } from '../context';

/**
 * The request is an effect the interpreter runs with its http provider, answering with an
 * `effectResult` event; the pending request lives in the snapshot, so a restart can resume it.
 */
export function compileHttp(id: string, node: NodeOf<'http'>, ctx: CompileContext): StateConfig {
  const sid = stateId(ctx, id);
  const captured = { actions: [{ type: 'captureResponse' }] };
  return {
    id: sid,
    tags: [WAIT_TAGS.effect],
    exit: [{ type: 'clearPending' }],
    entry: [
      visit(ctx, id, node),
      ...say(sid, node.holdPrompt),
      {
        type: 'request',
        params: compact({
          nodeId: sid,
          method: node.method,
          url: node.url,
          headers: node.headers,
          body: node.body,
          timeout: node.timeout,
          retries: node.retries,
        }),
      },
    ],
    on: {
      effectResult: [
        leave(ctx, id, node, 'success', {
          guard: resultIs('success'),
          actions: [{ type: 'captureResponse' }, ...(node.map ? [{ type: 'mapResponse', params: { map: node.map } }] : [])],
        }),
        leave(ctx, id, node, 'timeout', { guard: resultIs('timeout'), ...captured }),
        leave(ctx, id, node, 'error', captured),
      ],
    },
  };
}
