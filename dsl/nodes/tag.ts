import { z } from 'zod';
import { nodeBase, Target } from '../schema/common';
import { defineNode, required } from './define';

export const TagNode = z
  .strictObject({
    kind: z.literal('tag'),
    ...nodeBase,
    status: z.string().max(100).optional().describe('Dialog status for reports, e.g. "resolved"'),
    tags: z.array(z.string().min(1).max(100)).max(50).default([]),
    next: Target.optional(),
  })
  .describe('Set the dialog status and free tags for routing and reporting');

export const tag = defineNode({
  kind: 'tag',
  schema: TagNode,
  summary: 'Dialog status and tags for routing and reports',
  ports: () => [required('next')],
  waits: () => false,
});
