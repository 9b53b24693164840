import { z } from 'zod';
import { Expression, nodeBase, Target, VarName } from '../schema/common';
import { defineNode, optional, required, type CodeRef } from './define';

export const SubflowNode = z
  .strictObject({
    kind: z.literal('subflow'),
    ...nodeBase,
    scenario: z.string().min(1).max(100).describe('Id of the scenario to run'),
    revision: z.number().int().min(1).optional().describe('Pinned published revision; the current draft when absent'),
    inputs: z.record(VarName, Expression).default({}).describe('Subflow variable ← expression in this scenario'),
    outputs: z.record(VarName, Expression).default({}).describe('This scenario\'s variable ← expression in the subflow'),
    on: z.strictObject({ done: Target.optional(), error: Target.optional() }),
  })
  .describe('Run another scenario and come back');

export const subflow = defineNode({
  kind: 'subflow',
  schema: SubflowNode,
  summary: 'Run another scenario (pinned revision) with inputs and outputs',
  ports: () => [required('done'), optional('error')],
  code: (node) =>
    Object.entries(node.inputs).map(([k, v]): CodeRef => ({ path: ['inputs', k], source: v, kind: 'expression' })),
  writes: (node) => Object.keys(node.outputs),
  waits: () => false,
});
