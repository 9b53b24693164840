import { z } from 'zod';
import { LocalizedText, nodeBase, Target, Template } from '../schema/common';
import { defineNode, promptsOf, required, type CodeRef } from './define';

export const MessageNode = z
  .strictObject({
    kind: z.literal('message'),
    ...nodeBase,
    text: LocalizedText.describe('Message per locale (templates allowed)'),
    channel: z.enum(['same', 'sms', 'chat']).default('same').describe('"same" answers on the current channel'),
    to: Template.optional().describe('Recipient; the caller when absent'),
    next: Target.optional(),
  })
  .describe('Send an SMS or chat message');

export const message = defineNode({
  kind: 'message',
  schema: MessageNode,
  summary: 'Send an SMS or chat message',
  ports: () => [required('next')],
  prompts: (node) => promptsOf(node, 'text'),
  code: (node) => (node.to !== undefined ? [{ path: ['to'], source: node.to, kind: 'template' } as CodeRef] : []),
  waits: () => false,
});
