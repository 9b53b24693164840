import { z } from 'zod';
import { DtmfKey, nodeBase, Prompt, Seconds, Target } from '../schema/common';
import { defineNode, optional, promptsOf, required } from './define';

export const RecordNode = z
  .strictObject({
    kind: z.literal('record'),
    ...nodeBase,
    action: z.enum(['start', 'stop']).default('start'),
    consent: Prompt.optional().describe('Consent notice said before recording starts (required to start)'),
    optOutKey: DtmfKey.optional().describe('Key the caller presses to decline the recording'),
    optOutWindow: Seconds.max(60).default(5).describe('Seconds the caller has to press the opt-out key'),
    on: z.strictObject({ recording: Target.optional(), declined: Target.optional() }),
  })
  .describe('Start or stop call recording after a consent notice');

export const record = defineNode({
  kind: 'record',
  schema: RecordNode,
  summary: 'Record the call after a consent notice with opt-out',
  ports: (node) =>
    node.action === 'stop'
      ? [required('recording')]
      : [required('recording'), node.optOutKey ? required('declined') : optional('declined')],
  prompts: (node) => promptsOf(node, 'consent'),
  waits: (node) => node.action === 'start' && node.optOutKey !== undefined,
});
