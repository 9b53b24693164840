import { z } from 'zod';
import { nodeBase } from '../schema/common';
import { defineNode } from './define';

export const ReturnNode = z
  .strictObject({
    kind: z.literal('return'),
    ...nodeBase,
    outcome: z.enum(['done', 'error']).default('done').describe('Port the calling subflow node leaves by'),
  })
  .describe('End a subflow and go back to the scenario that ran it');

export const returnNode = defineNode({
  kind: 'return',
  schema: ReturnNode,
  summary: 'End this subflow and return to the calling scenario',
  ports: () => [],
  waits: () => false,
});
