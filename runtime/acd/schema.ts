import { z } from 'zod';

export const AgentState = z.enum(['available', 'busy', 'offline']);
export type AgentState = z.infer<typeof AgentState>;

export const AgentTarget = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('number'), value: z.string().regex(/^\+?[0-9]{3,20}$/, 'a phone number such as +4930123456') }),
    z.object({ type: z.literal('sip'), value: z.string().max(300).regex(/^sips?:[^@\s]+@[^\s]+$/, 'a SIP URI such as sip:anna@pbx.example.com') }),
  ])
  .describe('Where a call for the agent is connected');
export type AgentTarget = z.infer<typeof AgentTarget>;

export const AgentId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'letters, digits, ".", "_" or "-" (max 100), starting with a letter or digit');

export const AgentInput = z.object({
  name: z.string().min(1).max(200),
  target: AgentTarget,
  skills: z.array(z.string().min(1).max(100)).max(50).default([]).describe('A caller is only given to an agent with every skill the queue node asks for'),
  queues: z.array(z.string().min(1).max(100)).max(100).default([]).describe('Queues the agent serves; empty serves every queue'),
  state: AgentState.default('offline'),
});
export type AgentInput = z.infer<typeof AgentInput>;

export const Agent = AgentInput.extend({
  id: z.string(),
  lastAvailableAt: z.string().nullable().describe('When the agent last became available: the longest idle is served first'),
  sessionId: z.string().nullable().describe('The call the ACD gave the agent, while busy with it'),
  updatedAt: z.string(),
});
export type Agent = z.infer<typeof Agent>;

export const QueueOutcome = z.enum(['waiting', 'assigned', 'timeout', 'full', 'left']);
export type QueueOutcome = z.infer<typeof QueueOutcome>;

export const Assignment = z.object({ agentId: z.string(), target: AgentTarget });
export type Assignment = z.infer<typeof Assignment>;

export const QueueStatus = z.object({
  sessionId: z.string(),
  queue: z.string(),
  position: z.number().int().positive().nullable().describe('1 = next in line; null once the caller is no longer waiting'),
  waitSeconds: z.number().int().describe('How long the caller has waited (until the outcome, once there is one)'),
  waitMinutes: z.number().int().describe('Estimated minutes still to wait'),
  outcome: QueueOutcome.describe('waiting; assigned (connect to assignment.target, then report queueResult answered); timeout / full (report queueResult timeout / full); left (the session moved on)'),
  assignment: Assignment.nullable(),
  positionPrompt: z.string().optional().describe('The queue node\'s announcement with position and wait filled in, while waiting'),
});
export type QueueStatus = z.infer<typeof QueueStatus>;

export const QueueSummary = z.object({
  queue: z.string(),
  waiting: z.number().int(),
  longestWaitSeconds: z.number().int(),
  agentsAvailable: z.number().int().describe('Available agents who serve this queue (whatever skills its callers need)'),
});
export type QueueSummary = z.infer<typeof QueueSummary>;
