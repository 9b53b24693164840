import { z } from 'zod';
import { nodeBase, Prompt } from '../schema/common';
import { defineNode, promptsOf } from './define';

export const HangupNode = z
  .strictObject({
    kind: z.literal('hangup'),
    ...nodeBase,
    prompt: Prompt.optional().describe('Said before ending'),
    reason: z.string().max(100).default('completed').describe('Reason kept in the call record'),
  })
  .describe('End the call or chat');

export const hangup = defineNode({
  kind: 'hangup',
  schema: HangupNode,
  summary: 'End the call or chat',
  ports: () => [],
  prompts: (node) => promptsOf(node, 'prompt'),
  waits: () => false,
});
