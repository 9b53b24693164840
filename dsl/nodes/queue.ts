import { z } from 'zod';
import { nodeBase, Prompt, Seconds, Target } from '../schema/common';
import { defineNode, optional, promptsOf, required } from './define';

export const QueueNode = z
  .strictObject({
    kind: z.literal('queue'),
    ...nodeBase,
    queue: z.string().min(1).max(100).describe('ACD queue name'),
    priority: z.number().int().min(0).max(100).default(0).describe('Higher is served first'),
    skills: z.array(z.string().min(1).max(100)).max(20).default([]).describe('Skills an agent needs'),
    holdMusic: z.string().max(1000).optional().describe('Audio file or URL played while waiting'),
    positionPrompt: Prompt.optional().describe('Announcement; may use {{queue.position}} and {{queue.waitMinutes}}'),
    announceEvery: Seconds.min(10).default(60).describe('Seconds between position announcements'),
    maxWait: Seconds.min(1).default(600).describe('Seconds before leaving by "timeout"'),
    maxSize: z.number().int().min(1).max(100_000).optional().describe('Callers waiting before leaving by "full"'),
    whisper: Prompt.optional().describe('Said to the agent only, before the caller is connected'),
    on: z.strictObject({ answered: Target.optional(), timeout: Target.optional(), full: Target.optional() }),
  })
  .describe('ACD queue with hold music and position announcements');

export const queue = defineNode({
  kind: 'queue',
  schema: QueueNode,
  summary: 'Wait in an agent queue with hold music and announcements',
  ports: () => [required('answered'), required('timeout'), optional('full')],
  prompts: (node) => promptsOf(node, 'positionPrompt', 'whisper'),
  waits: () => true,
});
