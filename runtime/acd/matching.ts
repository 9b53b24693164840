import type { Agent, QueueOutcome, Assignment } from './schema';

/** A caller in (or just out of) a queue, as the ACD keeps it in memory. */
export interface QueueEntry {
  sessionId: string;
  queue: string;
  priority: number;
  skills: string[];
  maxWait: number;
  maxSize: number | undefined;
  /** Epoch milliseconds. */
  enqueuedAt: number;
  /** The queue node's announcement, with {{queue.position}} and {{queue.waitMinutes}} still in it. */
  prompt: string | undefined;
  outcome: QueueOutcome;
  assignment: Assignment | null;
  settledAt: number | null;
}

/** Higher priority first; within a priority, who waited longest. */
export function lineOrder(a: QueueEntry, b: QueueEntry): number {
  return b.priority - a.priority || a.enqueuedAt - b.enqueuedAt || a.sessionId.localeCompare(b.sessionId);
}

/** The longest idle first: the agent who became available earliest. */
export function idleOrder(a: Agent, b: Agent): number {
  return (a.lastAvailableAt ?? '').localeCompare(b.lastAvailableAt ?? '') || a.id.localeCompare(b.id);
}

export function serves(agent: Agent, entry: QueueEntry): boolean {
  return (agent.queues.length === 0 || agent.queues.includes(entry.queue)) && entry.skills.every((s) => agent.skills.includes(s));
}

/**
 * Who gets whom: callers in line order each take the longest-idle available agent with all
 * their skills. A caller no agent can serve does not hold up the callers behind.
 */
export function findMatches(waiting: QueueEntry[], agents: Agent[]): { entry: QueueEntry; agent: Agent }[] {
  const free = agents.filter((a) => a.state === 'available').sort(idleOrder);
  const pairs: { entry: QueueEntry; agent: Agent }[] = [];
  for (const entry of [...waiting].sort(lineOrder)) {
    const index = free.findIndex((agent) => serves(agent, entry));
    if (index < 0) continue;
    pairs.push({ entry, agent: free[index]! });
    free.splice(index, 1);
  }
  return pairs;
}
