import { z } from 'zod';
import { Locale, nodeBase, PortName, Prompt, Seconds, Target, VarName } from '../schema/common';
import { defineNode, optional, promptsOf, required, type PromptRef } from './define';

const BUILT_IN_PORTS = new Set(['handoff', 'fallback', 'error']);

export const SlotType = z.enum(['number', 'date', 'email', 'yesNo', 'custom']);
export type SlotType = z.infer<typeof SlotType>;

export const SlotValue = z.strictObject({
  value: z.string().min(1).max(200).describe('What the slot variable holds when this value is recognised'),
  synonyms: z.record(Locale, z.array(z.string().min(1).max(200)).max(100)).default({}).describe('Other ways to say it, per locale'),
});

export const BotSlot = z.strictObject({
  name: VarName.describe('Slot name; its value is written to the variable of the same name'),
  type: SlotType,
  values: z.array(SlotValue).max(500).default([]).describe('The values of a custom slot'),
  prompt: Prompt.describe('Asked when an intent needs the slot and the caller has not said it yet'),
});

export const BotIntent = z.strictObject({
  name: PortName.describe('Intent name; an exit intent is also a port'),
  utterances: z.record(Locale, z.array(z.string().min(1).max(500)).max(500)).describe('Example phrases per locale'),
  answer: Prompt.optional().describe('What the robot says when it recognises the intent'),
  exit: z.boolean().default(false).describe('Leave the bot by the port named after this intent'),
  slots: z.array(VarName).max(20).default([]).describe('Slots the robot fills before it answers or leaves for this intent'),
});

/** Where a remote controller's secret comes from: the name of an environment variable, never the secret itself. */
const EnvName = z.string().regex(/^[A-Z_][A-Z0-9_]{0,99}$/, 'an environment variable name such as LLM_API_KEY');

export const BotController = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('nlu').describe('Built-in offline NLU trained from the utterances') }),
  z.strictObject({
    type: z.literal('webhook'),
    url: z.string().min(1).max(2000),
    timeout: Seconds.max(60).default(5),
    tokenEnv: EnvName.optional().describe('Environment variable holding a bearer token sent with each turn'),
  }),
  z.strictObject({
    type: z.literal('llm'),
    baseUrl: z.string().max(2000).optional().describe('OpenAI-compatible API base URL (default: LLM_BASE_URL or api.openai.com)'),
    model: z.string().min(1).max(200),
    systemPrompt: z.string().max(20_000),
    knowledge: z.string().max(200_000).optional(),
    timeout: Seconds.max(120).default(15),
    apiKeyEnv: EnvName.default('LLM_API_KEY').describe('Environment variable holding the API key'),
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
    slots: z.array(BotSlot).max(50).default([]).describe('Entities the robot asks for when an intent needs them'),
    threshold: z.number().min(0).max(1).default(0.6).describe('Lowest confidence that counts as understood'),
    maxTurns: z.number().int().min(1).max(50).default(6),
    timeout: Seconds.default(8),
    intentVariable: VarName.optional().describe('Stores the exit intent name'),
    on: z.record(PortName, Target),
  })
  .describe('Voice or text robot: multi-turn dialog until an exit intent');

/** Webhook and LLM bots can fail (timeout, bad reply); the built-in NLU cannot, so only they have an error port. */
export const isRemoteController = (node: { controller: { type: string } }) => node.controller.type !== 'nlu';

export const bot = defineNode({
  kind: 'bot',
  schema: BotNode,
  summary: 'Robot dialog by NLU, webhook or LLM, leaving by an exit intent',
  ports: (node) => [
    // "handoff", "fallback" and "error" are ports of their own, whatever the intent says.
    ...node.intents.filter((i) => i.exit && !BUILT_IN_PORTS.has(i.name)).map((i) => required(i.name)),
    required('fallback'),
    optional('handoff'),
    // Unconnected, a failing controller leaves by fallback instead (see compile/nodes/bot.ts).
    ...(isRemoteController(node) ? [optional('error')] : []),
  ],
  prompts: (node) => [
    ...promptsOf(node, 'greeting', 'fallbackPrompt'),
    ...node.intents.flatMap((i, n): PromptRef[] => (i.answer ? [{ path: ['intents', n, 'answer'], prompt: i.answer }] : [])),
    ...node.slots.map((s, n): PromptRef => ({ path: ['slots', n, 'prompt'], prompt: s.prompt })),
  ],
  writes: (node) => [...(node.intentVariable ? [node.intentVariable] : []), ...node.slots.map((s) => s.name)],
  waits: () => true,
});
