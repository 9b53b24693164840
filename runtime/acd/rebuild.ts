import type { Storage } from '../storage/types';
import { agentList } from './agents';
import type { Acd, Enqueue } from './engine';

/**
 * After a restart, callers still waiting in a queue (their session waits for a queue result)
 * join their queue again with their original join time; one already given to an agent,
 * who is still busy with them, keeps that agent.
 */
export async function rebuildQueues(storage: Storage, acd: Acd): Promise<number> {
  const active = await storage.sessions.list({ status: 'active', limit: Number.MAX_SAFE_INTEGER });
  let restored = 0;
  for (const summary of active) {
    if (summary.waitingFor !== 'queue') continue;
    const record = await storage.sessions.get(summary.id);
    if (!record || record.status !== 'active' || record.waitingFor !== 'queue') continue;
    const joined = record.trace.findLast((e) => e.kind === 'command' && e.data.type === 'enqueue');
    if (!joined || (await acd.status(record.id))) continue;
    const agent = await storage.read((data) => agentList(data).find((a) => a.state === 'busy' && a.sessionId === record.id));
    const assignment = agent ? { agentId: agent.id, target: structuredClone(agent.target) } : null;
    acd.enqueue(record.id, joined.data as unknown as Enqueue, Date.parse(joined.at), assignment);
    restored++;
  }
  return restored;
}
