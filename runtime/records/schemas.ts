import { z } from 'zod';
import { SessionRecord, SessionStatus } from '../storage/records';

/** An instant (any ISO date-time with offset) or a day, which means its midnight UTC. */
const Instant = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .transform((value) => new Date(value).toISOString());

export const CallQuery = z.object({
  from: Instant.optional().describe('Sessions started at or after this time (ISO 8601)'),
  to: Instant.optional().describe('Sessions started at or before this time (ISO 8601)'),
  status: SessionStatus.optional(),
  scenario: z.string().min(1).max(100).optional().describe('Scenario id'),
  tag: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100).describe('Newest first; at most 1000'),
});

export const CallSummary = SessionRecord.omit({ trace: true, snapshot: true, replies: true, undelivered: true });
/** The record without the engine's internals (snapshot, stored replies), which are not for reading. */
export const CallDetail = SessionRecord.omit({ snapshot: true, replies: true, undelivered: true });

export const StatsQuery = z.object({
  from: Instant.optional(),
  to: Instant.optional(),
  revision: z.coerce.number().int().positive().optional().describe('Only sessions on this revision (node ids may differ between revisions)'),
});

const Counts = z.record(z.string(), z.number().int());
export const ScenarioStats = z.object({
  scenarioId: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  revision: z.number().int().nullable(),
  sessions: z.number().int(),
  visits: Counts.describe('Node id → times visited (a node visited twice in one call counts twice), for the heat map'),
  reached: Counts.describe('Node id → sessions that visited it at least once'),
  byStatus: Counts,
  byEndReason: Counts.describe('End reason → sessions; active sessions are not counted'),
});
export type ScenarioStats = z.infer<typeof ScenarioStats>;
