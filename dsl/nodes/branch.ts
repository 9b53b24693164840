import { z } from 'zod';
import { Expression, nodeBase, PortName, Target } from '../schema/common';
import { defineNode, required } from './define';

export const BranchCondition = z.strictObject({
  port: PortName,
  when: Expression,
  label: z.string().max(200).optional(),
});

export const BranchNode = z
  .strictObject({
    kind: z.literal('branch'),
    ...nodeBase,
    conditions: z.array(BranchCondition).min(1).max(50).describe('Checked in order; the first true one wins'),
    on: z.record(PortName, Target),
  })
  .describe('Ordered conditions on variables, with an else port');

export const branch = defineNode({
  kind: 'branch',
  schema: BranchNode,
  summary: 'Go by the first condition that holds, else by "else"',
  ports: (node) => [...node.conditions.map((c) => required(c.port)), required('else')],
  code: (node) => node.conditions.map((c, i) => ({ path: ['conditions', i, 'when'], source: c.when, kind: 'expression' as const })),
  waits: () => false,
});
