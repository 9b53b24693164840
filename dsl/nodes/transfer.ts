import { z } from 'zod';
import { nodeBase, Prompt, Seconds, Target, Template } from '../schema/common';
import { defineNode, optional, promptsOf, required } from './define';

export const TransferNode = z
  .strictObject({
    kind: z.literal('transfer'),
    ...nodeBase,
    target: z.strictObject({
      type: z.enum(['number', 'sip', 'agent']),
      value: Template.min(1).describe('Phone number, SIP URI or agent id (a template)'),
    }),
    callerId: z
      .union([z.enum(['caller', 'scenario']), z.string().regex(/^\+?[0-9]{3,20}$/)])
      .default('caller')
      .describe('Number shown to the callee: the caller\'s, the scenario\'s, or a fixed one'),
    announce: Prompt.optional().describe('Said to the caller before transferring'),
    whisper: Prompt.optional().describe('Said to the agent only, before the caller is connected'),
    timeout: Seconds.max(600).default(30).describe('Seconds to ring before "noAnswer"'),
    on: z.strictObject({
      answered: Target.optional(),
      busy: Target.optional(),
      noAnswer: Target.optional(),
      failed: Target.optional(),
    }),
  })
  .describe('Forward the call to a number, SIP URI or agent, with a whisper for the agent');

export const transfer = defineNode({
  kind: 'transfer',
  schema: TransferNode,
  summary: 'Forward to a number, SIP URI or agent, with a whisper',
  ports: () => [required('answered'), optional('busy'), optional('noAnswer'), optional('failed')],
  prompts: (node) => promptsOf(node, 'announce', 'whisper'),
  code: (node) => [{ path: ['target', 'value'], source: node.target.value, kind: 'template' }],
  waits: () => true,
});
