import { z } from 'zod';
import { nodeBase, Target } from '../schema/common';
import { defineNode, optional } from './define';

/** How a session can begin; each trigger is a port of the start node. */
export const TRIGGERS = ['call', 'chat', 'sms', 'outbound', 'subflow'] as const;
export const Trigger = z.enum(TRIGGERS);
export type Trigger = z.infer<typeof Trigger>;

export const StartNode = z
  .strictObject({
    kind: z.literal('start'),
    ...nodeBase,
    answer: z.boolean().default(true).describe('Answer an inbound call before the first prompt'),
    on: z.strictObject({
      call: Target.optional().describe('Inbound phone call'),
      chat: Target.optional().describe('Inbound web chat'),
      sms: Target.optional().describe('Inbound SMS'),
      outbound: Target.optional().describe('Call or message started through the API'),
      subflow: Target.optional().describe('Entry when another scenario runs this one as a subflow'),
    }),
  })
  .describe('Where a call or chat enters the scenario, one port per trigger');

export const start = defineNode({
  kind: 'start',
  schema: StartNode,
  summary: 'Entry point per trigger: inbound call, chat, SMS, outbound/API, subflow',
  ports: () => TRIGGERS.map(optional),
  waits: () => false,
});
