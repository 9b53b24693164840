import { z } from 'zod';
import { Locale, nodeBase, PortName, Prompt, Seconds, Target, VarName } from '../schema/common';
import { defineNode, optional, promptsOf, required, type PromptRef } from './define';

const BUILT_IN_PORTS = new Set(['handoff', 'fallback']);

export const BotIntent = z.strictObject({
  name: PortName.describe('Intent name; an exit intent is also a port'),
  utterances: z.record(Locale, z.array(z.string().min(1).max(500)).max(500)).describe('Example phrases per locale'),
  answer: Prompt.optional().describe('What the robot says when it recognises the intent'),
  exit: z.boolean().default(false).describe('Leave the bot by the port named after this intent'),
});

export const BotController = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('nlu').describe('Built-in offline NLU trained from the utterances') }),
  z.strictObject({
    type: z.literal('webhook'),
    url: z.string().min(1).max(2000),
    timeout: Seconds.max(60).default(5),
  }),
  z.strictObject({
    type: z.literal('llm'),
    baseUrl: z.string().max(2000).optional().describe('OpenAI-compatible API base URL'),
    model: z.string().min(1).max(200),
    systemPrompt: z.string().max(20_000),
    knowledge: z.string().max(200_000).optional(),
    timeout: Seconds.max(120).default(15),
  }),
]);

export const BotNode = z
  .strictObject({
    kind: z.literal('bot'),
    ...nodeBase,
    controller: BotController.default({ type: 'nlu' }),
    greeting: Prompt.optional().describe('Said when the conversation with the robot starts'),
    fallbackPrompt: Prompt.optional().describe('Said when the robot did not understand'),
    intents: z.array(BotIntent).max(200).default([]),
    threshold: z.number().min(0).max(1).default(0.6).describe('Lowest confidence that counts as understood'),
    maxTurns: z.number().int().min(1).max(50).default(6),
    timeout: Seconds.default(8),
    intentVariable: VarName.optional().describe('Stores the exit intent name'),
    on: z.record(PortName, Target),
  })
  .describe('Voice or text robot: multi-turn dialog until an exit intent');

export const bot = defineNode({
  kind: 'bot',
  schema: BotNode,
  summary: 'Robot dialog by NLU, webhook or LLM, leaving by an exit intent',
  ports: (node) => [
    // "handoff" and "fallback" are ports of their own, whatever the intent says.
    ...node.intents.filter((i) => i.exit && !BUILT_IN_PORTS.has(i.name)).map((i) => required(i.name)),
    required('fallback'),
    optional('handoff'),
  ],
  prompts: (node) => [
    ...promptsOf(node, 'greeting', 'fallbackPrompt'),
    ...node.intents.flatMap((i, n): PromptRef[] => (i.answer ? [{ path: ['intents', n, 'answer'], prompt: i.answer }] : [])),
  ],
  writes: (node) => (node.intentVariable ? [node.intentVariable] : []),
  waits: () => true,
});

