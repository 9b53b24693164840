import { z } from 'zod';
import { Channel } from '../../dsl/schema/document';
import { Trigger } from '../../dsl/nodes/start';

/** What the runtime keeps, as zod schemas: API shapes and stored shapes come from the same place. */

export const ScenarioRecord = z.object({
  id: z.string(),
  name: z.string(),
  /** The editable document, stored as the user wrote it (validated on every write). */
  draft: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The newest published revision, if any. */
  published: z.number().int().positive().nullable(),
  /** The revision bindings follow when they do not pin one; a rollback moves it back. */
  current: z.number().int().positive().nullable(),
});
export type ScenarioRecord = z.infer<typeof ScenarioRecord>;

export const Revision = z.object({
  scenarioId: z.string(),
  revision: z.number().int().positive(),
  message: z.string(),
  publishedAt: z.string(),
  document: z.record(z.string(), z.unknown()),
  /** The compiled machine; subflows are inlined at the revisions pinned here. */
  compiled: z.record(z.string(), z.unknown()),
  subflows: z.record(z.string(), z.number()),
});
export type Revision = z.infer<typeof Revision>;

export const BindingKind = z.enum(['number', 'chat', 'sms']);
export const Binding = z.object({
  kind: BindingKind.describe('number: a called phone number; chat: a web chat channel; sms: an SMS number'),
  address: z.string().min(1).max(200),
  scenarioId: z.string(),
  revision: z.number().int().positive().nullable().describe('Pinned revision; null follows the current one'),
});
export type Binding = z.infer<typeof Binding>;

export const TraceEntry = z.object({
  at: z.string(),
  kind: z.enum(['event', 'visit', 'command', 'effect', 'vars', 'error']),
  data: z.record(z.string(), z.unknown()),
});
export type TraceEntry = z.infer<typeof TraceEntry>;

export const Source = z
  .object({
    adapter: z.string(),
    campaign: z.string().optional(),
    utm: z.record(z.string(), z.string()).optional(),
  })
  .describe('Where the session came from, for reports');

export const SessionStatus = z.enum(['active', 'ended', 'failed']);

export const SessionRecord = z.object({
  id: z.string(),
  scenarioId: z.string(),
  revision: z.number(),
  channel: Channel,
  trigger: Trigger,
  caller: z.object({ number: z.string(), name: z.string().optional() }),
  called: z.object({ number: z.string() }),
  source: Source,
  startedAt: z.string(),
  updatedAt: z.string(),
  endedAt: z.string().nullable(),
  status: SessionStatus,
  endReason: z.string().nullable(),
  nodeId: z.string().nullable(),
  waitingFor: z.string().nullable(),
  tags: z.array(z.string()),
  dialogStatus: z.string().nullable(),
  visits: z.array(z.string()),
  trace: z.array(TraceEntry),
  /** XState's persisted snapshot: everything needed to continue on any instance. */
  snapshot: z.unknown(),
  /** Answers to recent deliveries, so a webhook sent twice is answered twice the same. */
  replies: z.record(z.string(), z.unknown()),
  /** Steps handled; a live in-memory session is reused only when it is at the same step. */
  steps: z.number().int(),
  /** Commands produced after an adapter's deadline, handed out by the next resume. */
  undelivered: z.array(z.record(z.string(), z.unknown())),
});
export type SessionRecord = z.infer<typeof SessionRecord>;
export type SessionSummary = Omit<SessionRecord, 'trace' | 'snapshot' | 'replies' | 'undelivered'>;
