import type { BotTurn, ClassifyEffect } from '../../dsl/interpret';
import { MalformedReply, postJson } from './http';
import { WebhookReply, type WebhookReply as Reply } from './webhook-contract';

export interface WebhookOptions {
  signal: AbortSignal;
  env: Record<string, string | undefined>;
}

/** One turn through an external bot: the utterance and context out, replies, variables and an exit back. */
export async function webhookTurn(effect: ClassifyEffect, options: WebhookOptions): Promise<BotTurn> {
  const controller = effect.controller as { url: string; tokenEnv?: string };
  const conversation = effect.conversation;
  const token = controller.tokenEnv ? options.env[controller.tokenEnv] : undefined;
  const body = {
    sessionId: conversation?.sessionId ?? '',
    nodeId: effect.nodeId,
    channel: conversation?.channel ?? '',
    caller: conversation?.caller ?? '',
    locale: effect.locale,
    text: effect.text,
    turn: conversation?.turn ?? 1,
    vars: conversation?.vars ?? {},
    intents: effect.intents.map((i) => ({ name: i.name, exit: i.exit, ...(i.slots ? { slots: i.slots } : {}) })),
  };
  const answer = await postJson(controller.url, body, { signal: options.signal, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const parsed = WebhookReply.safeParse(answer);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new MalformedReply(`the bot webhook's reply does not fit the contract: ${issue?.path.join('.') || 'body'}: ${issue?.message}`);
  }
  return turnOf(parsed.data);
}

function turnOf(reply: Reply): BotTurn {
  const extra = { ...(reply.replies ? { replies: reply.replies } : {}), ...(reply.vars ? { vars: reply.vars } : {}) };
  if (reply.exit === 'handoff') return { intent: 'handoff', confidence: 1, handoff: true, ...extra };
  return { intent: reply.exit ?? null, confidence: reply.exit ? (reply.confidence ?? 1) : 0, ...extra };
}
