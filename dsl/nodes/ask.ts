import { z } from 'zod';
import { DtmfKey, nodeBase, Prompt, Seconds, Target, VarName } from '../schema/common';
import { defineNode, optional, promptsOf, required } from './define';

export const AnswerType = z.enum(['digits', 'number', 'date', 'yesNo', 'email', 'text', 'pattern']);
export type AnswerType = z.infer<typeof AnswerType>;

export const InputMode = z.enum(['dtmf', 'speech', 'text']);
export type InputMode = z.infer<typeof InputMode>;

export const AskNode = z
  .strictObject({
    kind: z.literal('ask'),
    ...nodeBase,
    prompt: Prompt,
    variable: VarName.describe('Where the valid answer is stored'),
    type: AnswerType.default('text'),
    modes: z.array(InputMode).min(1).default(['dtmf', 'speech', 'text']).describe('How the caller may answer'),
    pattern: z.string().max(500).optional().describe('Regular expression the answer must match (type "pattern")'),
    minLength: z.number().int().min(0).max(1000).optional(),
    maxLength: z.number().int().min(1).max(10_000).optional(),
    min: z.number().optional().describe('Smallest accepted number'),
    max: z.number().optional().describe('Largest accepted number'),
    maxDigits: z.number().int().min(1).max(64).optional(),
    finishOnKey: DtmfKey.default('#'),
    timeout: Seconds.default(5),
    retries: z.number().int().min(0).max(10).default(2).describe('Extra attempts before leaving by invalid/noInput'),
    invalidPrompt: Prompt.optional().describe('Said before asking again after an invalid answer'),
    noInputPrompt: Prompt.optional().describe('Said before asking again when the caller says nothing'),
    on: z.strictObject({ valid: Target.optional(), invalid: Target.optional(), noInput: Target.optional() }),
  })
  .describe('Collect digits, speech or text into a variable, with typed validation');

export const ask = defineNode({
  kind: 'ask',
  schema: AskNode,
  summary: 'Collect an answer into a variable, with validation',
  ports: () => [required('valid'), optional('invalid'), optional('noInput')],
  prompts: (node) => promptsOf(node, 'prompt', 'invalidPrompt', 'noInputPrompt'),
  writes: (node) => [node.variable],
  waits: () => true,
});
