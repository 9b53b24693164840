import type { Deps } from '../../app';
import { acdFor } from '../../acd/registry';
import type { QueueChange } from '../../acd/engine';

export interface QueueLink {
  /** The queue node's announcement ("You're number 2 in line…") while the session waits, rendered by the ACD. */
  announcement(sessionId: string): Promise<string | undefined>;
  stop(): void;
}

/**
 * Text channels and the ACD. The ACD decides when a queue times out or is full but leaves
 * reporting it to the adapter that owns the session; a text channel has nobody else who
 * would, so it reports those two itself. An assigned agent is different: only the agent's
 * console knows when the agent has taken the chat, so `answered` comes from there
 * (POST /api/chat/{session}/agent-result).
 */
export function linkQueues(deps: Pick<Deps, 'engine' | 'storage' | 'monitor'>, adapter: 'chat' | 'sms'): QueueLink {
  const acd = acdFor(deps);
  const report = async (change: QueueChange) => {
    const record = await deps.engine.get(change.sessionId);
    if (record?.source.adapter !== adapter || record.status !== 'active' || record.waitingFor !== 'queue') return;
    await deps.engine.send(change.sessionId, { type: 'queueResult', result: change.outcome as 'timeout' | 'full' });
  };
  const stop = acd.onChange((change) => {
    if (change.outcome !== 'timeout' && change.outcome !== 'full') return;
    report(change).catch((error: Error) => console.warn(`${adapter} ${change.sessionId}: could not report the queue ${change.outcome}: ${error.message}`));
  });
  return {
    announcement: async (sessionId) => (await acd.status(sessionId))?.positionPrompt,
    stop,
  };
}
