import { z } from 'zod';
import { Expression, nodeBase, Target, VarName } from '../schema/common';
import { defineNode, required } from './define';

export const SetNode = z
  .strictObject({
    kind: z.literal('set'),
    ...nodeBase,
    assign: z
      .array(z.strictObject({ variable: VarName, value: Expression }))
      .min(1)
      .max(100)
      .describe('Evaluated in order, so later values can use earlier ones'),
    next: Target.optional(),
  })
  .describe('Assign variables from expressions');

export const set = defineNode({
  kind: 'set',
  schema: SetNode,
  summary: 'Assign variables from expressions',
  ports: () => [required('next')],
  code: (node) => node.assign.map((a, i) => ({ path: ['assign', i, 'value'], source: a.value, kind: 'expression' as const })),
  writes: (node) => node.assign.map((a) => a.variable),
  waits: () => false,
});
