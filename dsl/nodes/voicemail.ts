import { z } from 'zod';
import { nodeBase, Prompt, Seconds, Target, Template } from '../schema/common';
import { defineNode, promptsOf, required, type CodeRef } from './define';

export const VoicemailNode = z
  .strictObject({
    kind: z.literal('voicemail'),
    ...nodeBase,
    mailbox: Template.min(1).max(200).describe('Mailbox the message goes to (a template)'),
    greeting: Prompt.optional(),
    maxLength: Seconds.min(5).max(3600).default(120).describe('Longest message in seconds'),
    beep: z.boolean().default(true),
    transcribe: z.boolean().default(false),
    notify: z
      .strictObject({ email: Template.optional(), sms: Template.optional() })
      .optional()
      .describe('Who is told about a new message'),
    next: Target.optional(),
  })
  .describe('Greeting, then record a message into a mailbox');

export const voicemail = defineNode({
  kind: 'voicemail',
  schema: VoicemailNode,
  summary: 'Record a message into a mailbox',
  ports: () => [required('next')],
  prompts: (node) => promptsOf(node, 'greeting'),
  code: (node) => [
    { path: ['mailbox'], source: node.mailbox, kind: 'template' },
    ...Object.entries(node.notify ?? {}).map(([k, v]): CodeRef => ({ path: ['notify', k], source: v, kind: 'template' })),
  ],
  waits: () => true,
});
