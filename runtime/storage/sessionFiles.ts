import { createHash } from 'node:crypto';
import type { SessionRecord, SessionSummary } from './records';
import type { SessionFilter } from './types';

/** Ids chosen by telephony providers can hold anything; unusual ones are hashed into a file name. */
export function fileName(id: string): string {
  return /^[A-Za-z0-9_-]{1,120}$/.test(id) ? `${id}.json` : `h-${createHash('sha256').update(id).digest('hex')}.json`;
}

export function summaryOf(record: SessionRecord): SessionSummary {
  const { trace: _trace, snapshot: _snapshot, replies: _replies, undelivered: _undelivered, ...summary } = record;
  return summary;
}

export function matches(summary: SessionSummary, filter: SessionFilter): boolean {
  return (
    (!filter.from || summary.startedAt >= filter.from) &&
    (!filter.to || summary.startedAt <= filter.to) &&
    (!filter.status || summary.status === filter.status) &&
    (!filter.scenarioId || summary.scenarioId === filter.scenarioId) &&
    (!filter.tag || summary.tags.includes(filter.tag))
  );
}
