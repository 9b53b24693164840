import { z } from 'zod';
import { nodeBase, Target } from '../schema/common';
import { defineNode, required } from './define';

export const CallerListNode = z
  .strictObject({
    kind: z.literal('callerList'),
    ...nodeBase,
    list: z.string().max(100).optional().describe('Name of a list managed in the runtime'),
    numbers: z
      .array(z.string().regex(/^\+?[0-9]{1,20}\*?$/, 'a number like +4930123456, or a prefix ending in *'))
      .max(10_000)
      .optional()
      .describe('Numbers kept in the scenario itself; a trailing * matches a prefix'),
    purpose: z.enum(['block', 'allow', 'vip']).default('block').describe('What the list means, for labels and reports'),
    on: z.strictObject({ listed: Target.optional(), notListed: Target.optional() }),
  })
  .describe('Black/white list lookup of the caller number');

export const callerList = defineNode({
  kind: 'callerList',
  schema: CallerListNode,
  summary: 'Black/white list lookup of the caller number',
  ports: () => [required('listed'), required('notListed')],
  waits: () => false,
});
