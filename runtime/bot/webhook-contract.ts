import { z } from 'zod';

/** What the runtime posts to a bot webhook for each turn of the caller. Documented in /api/openapi.json. */
export const WebhookTurn = z
  .object({
    sessionId: z.string().describe('The call or chat; the same for every turn of one conversation'),
    nodeId: z.string().describe('The bot node (prefixed inside subflows)'),
    channel: z.string().describe('voice, chat or sms'),
    caller: z.string().describe('Caller number or chat visitor id'),
    locale: z.string().describe('Conversation locale, e.g. de-DE'),
    text: z.string().describe('What the caller said or typed'),
    turn: z.number().int().describe('1 for the first turn in this bot visit'),
    vars: z.record(z.string(), z.unknown()).describe('The scenario variables as they are now'),
    intents: z
      .array(z.object({ name: z.string(), exit: z.boolean(), slots: z.array(z.string()).optional() }))
      .describe('The intents of the node: an exit intent leaves by its port, the others are answered by the node'),
  });

/** The webhook's answer. Anything else (not JSON, wrong shape, an error status, too slow) takes the error path. */
export const WebhookReply = z
  .object({
    replies: z.array(z.string().max(5000)).max(20).optional().describe('Said to the caller, in order, before anything else happens'),
    vars: z.record(z.string(), z.unknown()).optional().describe('Variables to set; names the scenario does not declare are ignored'),
    exit: z
      .string()
      .max(64)
      .optional()
      .describe('An intent of the node: an exit intent leaves by its port, "handoff" by the handoff port, an answer intent is answered. Absent: the dialog goes on (with replies) or counts as not understood (without)'),
    confidence: z.number().min(0).max(1).optional().describe('Compared with the node threshold; 1 when absent'),
  });
export type WebhookReply = z.infer<typeof WebhookReply>;
