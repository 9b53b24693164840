import { z } from 'zod';
import type { BotTurn, ClassifyEffect } from '../../dsl/interpret';
import { MalformedReply, postJson } from './http';

export interface LlmOptions {
  signal: AbortSignal;
  env: Record<string, string | undefined>;
  history: ChatHistory;
}

type Message = { role: 'system' | 'user' | 'assistant'; content: string };

const HANDOFF_TOOL = 'handoff';
const MESSAGES_KEPT = 20;
const SESSIONS_KEPT = 5_000;

/**
 * The dialog so far per session and bot node, so the model sees earlier turns. Kept in memory:
 * after a restart the model starts the conversation afresh, the call itself goes on.
 */
export class ChatHistory {
  private readonly dialogs = new Map<string, Message[]>();

  get(key: string): Message[] {
    return this.dialogs.get(key) ?? [];
  }

  add(key: string, ...messages: Message[]): void {
    const dialog = [...this.get(key), ...messages].slice(-MESSAGES_KEPT);
    this.dialogs.delete(key);
    this.dialogs.set(key, dialog);
    if (this.dialogs.size > SESSIONS_KEPT) this.dialogs.delete(this.dialogs.keys().next().value!);
  }
}

/** The part of the chat-completions answer the robot reads; the rest (usage, ids) is ignored. */
const Completion = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({
          content: z.string().nullable().optional(),
          tool_calls: z
            .array(z.object({ type: z.literal('function').optional(), function: z.object({ name: z.string(), arguments: z.string().optional() }) }))
            .optional(),
        }),
      }),
    )
    .min(1),
});

const SLOT_SCHEMA: Record<string, Record<string, unknown>> = {
  number: { type: 'number' },
  date: { type: 'string', description: 'ISO date YYYY-MM-DD' },
  email: { type: 'string', format: 'email' },
  yesNo: { type: 'boolean' },
};

/** Each exit intent is a tool; calling it leaves the bot by that port, with the slots it needs as arguments. */
function toolsOf(effect: ClassifyEffect) {
  const slots = new Map((effect.slots ?? []).map((s) => [s.name, s]));
  const exits = effect.intents.filter((i) => i.exit && i.name !== HANDOFF_TOOL);
  const tool = (name: string, description: string, slotNames: string[] = []) => ({
    type: 'function' as const,
    function: {
      name,
      description,
      parameters: {
        type: 'object',
        properties: Object.fromEntries(
          slotNames.flatMap((n) => {
            const slot = slots.get(n);
            if (!slot) return [];
            return [[n, slot.type === 'custom' ? { type: 'string', enum: slot.values } : (SLOT_SCHEMA[slot.type] ?? { type: 'string' })]];
          }),
        ),
      },
    },
  });
  return [
    ...exits.map((i) => {
      const examples = (i.utterances[effect.locale] ?? []).slice(0, 5).map((u) => `"${u}"`).join(', ');
      return tool(i.name, `Route the caller to '${i.name}'${examples ? `, e.g. when they say ${examples}` : ''}.`, i.slots);
    }),
    tool(HANDOFF_TOOL, 'Hand the caller over to a human agent, when they ask for one or you cannot help.'),
  ];
}

function systemMessage(effect: ClassifyEffect, controller: { systemPrompt: string; knowledge?: string }): Message {
  const parts = [
    controller.systemPrompt,
    controller.knowledge ? `Knowledge you may answer from:\n${controller.knowledge}` : '',
    `Answer in the language of the locale ${effect.locale}, briefly: your words are read out on a phone call. ` +
      'When the request matches one of the tools, call that tool instead of answering.',
  ];
  return { role: 'system', content: parts.filter(Boolean).join('\n\n') };
}

function parseArguments(text: string | undefined): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text ?? '{}');
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** One turn with an OpenAI-compatible chat-completions endpoint (OpenAI, llama.cpp server, vLLM, Ollama…). */
export async function llmTurn(effect: ClassifyEffect, options: LlmOptions): Promise<BotTurn> {
  const controller = effect.controller as { baseUrl?: string; model: string; systemPrompt: string; knowledge?: string; apiKeyEnv?: string };
  const baseUrl = (controller.baseUrl || options.env.LLM_BASE_URL || 'https://api.openai.com/v1').replace(/\/+$/, '');
  const apiKey = options.env[controller.apiKeyEnv ?? 'LLM_API_KEY'];
  const historyKey = `${effect.conversation?.sessionId ?? ''}/${effect.nodeId}`;
  const user: Message = { role: 'user', content: effect.text };
  const answer = await postJson(
    `${baseUrl}/chat/completions`,
    { model: controller.model, messages: [systemMessage(effect, controller), ...options.history.get(historyKey), user], tools: toolsOf(effect), tool_choice: 'auto' },
    { signal: options.signal, headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {} },
  );
  const parsed = Completion.safeParse(answer);
  if (!parsed.success) throw new MalformedReply(`the model's answer is not a chat completion: ${parsed.error.issues[0]?.message}`);
  const message = parsed.data.choices[0]!.message;
  const call = message.tool_calls?.[0];
  const text = message.content?.trim();
  if (!call && !text) throw new MalformedReply('the model answered with neither text nor a tool call');
  options.history.add(historyKey, user, { role: 'assistant', content: call ? `(routed to ${call.function.name})` : text! });
  const replies = text ? [text] : [];
  if (!call) return { intent: null, confidence: 0, replies };
  const vars = parseArguments(call.function.arguments);
  const extra = { ...(replies.length ? { replies } : {}), ...(Object.keys(vars).length ? { vars } : {}) };
  if (call.function.name === HANDOFF_TOOL) return { intent: 'handoff', confidence: 1, handoff: true, ...extra };
  return { intent: call.function.name, confidence: 1, ...extra };
}
