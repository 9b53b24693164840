import { z } from 'zod';

/**
 * The web chat protocol: JSON text frames over `GET /chat/ws?channel=…&session=…`.
 * Every frame in either direction is one of these shapes; README.md shows a conversation.
 */

/** Frames are small; a bigger one is an error and closes the socket (RFC 6455 code 1009). */
export const MAX_FRAME_BYTES = 16 * 1024;
const MAX_TEXT = 4000;

export const ChatQuery = z.object({
  channel: z.string().min(1).max(200).describe('Address of a chat binding, e.g. support-chatbot'),
  session: z.string().min(1).max(200).optional().describe('Resume this conversation (the id from the session frame)'),
});

export const ClientFrame = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('start'),
      locale: z.string().max(20).optional().describe('Preferred locale, e.g. de-DE or de; matched to the scenario\'s locales'),
      name: z.string().max(200).optional().describe('The visitor\'s name, if known'),
      campaign: z.string().max(200).optional().describe('Traffic source for reports'),
      utm: z.record(z.string().max(50), z.string().max(500)).optional().describe('utm_* parameters of the page the chat runs on'),
    })
    .describe('First frame on every socket: starts a conversation, or resumes the one named by ?session='),
  z.object({ type: z.literal('text'), text: z.string().min(1).max(MAX_TEXT) }).describe('Something the visitor typed'),
  z.object({ type: z.literal('choice'), value: z.string().min(1).max(200) }).describe('A button the visitor pressed (a value from the choices frame)'),
  z.object({ type: z.literal('end') }).describe('The visitor closes the conversation'),
]);
export type ClientFrame = z.infer<typeof ClientFrame>;

export const ChatChoice = z.object({ value: z.string(), label: z.string() });

export const HistoryEntry = z.object({
  from: z.enum(['bot', 'user', 'system']),
  text: z.string(),
});

export const ServerFrame = z.discriminatedUnion('type', [
  z
    .object({ type: z.literal('session'), sessionId: z.string(), resumed: z.boolean() })
    .describe('Answer to start: keep sessionId (e.g. in localStorage) and pass it as ?session= to resume after a reload'),
  z.object({ type: z.literal('history'), entries: z.array(HistoryEntry) }).describe('The conversation so far, sent when a session is resumed'),
  z.object({ type: z.literal('message'), text: z.string(), locale: z.string() }).describe('A message from the scenario (say and message nodes)'),
  z.object({ type: z.literal('choices'), choices: z.array(ChatChoice) }).describe('Buttons for the pending menu; send one back as a choice frame'),
  z.object({ type: z.literal('typing') }).describe('The scenario is working on a step; show a typing indicator until the next frame'),
  z
    .object({
      type: z.literal('input'),
      expect: z.string().describe('choice, text, intent, email, number, date, recording, …'),
      timeoutSeconds: z.number().describe('Silence after which the scenario takes its no-input path'),
    })
    .describe('The scenario waits for the visitor'),
  z
    .object({
      type: z.literal('handoff'),
      queue: z.string().optional(),
      target: z.string().optional(),
      text: z.string().describe('Notice for the visitor'),
    })
    .describe('The visitor is handed to an agent (queue) or to a transfer target'),
  z.object({ type: z.literal('ended'), reason: z.string() }).describe('The conversation is over; a new start frame begins another'),
  z.object({ type: z.literal('error'), code: z.string(), message: z.string() }).describe('A frame could not be handled; the socket stays open unless the frame was too large'),
]);
export type ServerFrame = z.infer<typeof ServerFrame>;

export type ParsedFrame = { ok: true; frame: ClientFrame } | { ok: false; code: string; message: string; fatal: boolean };

/** Reads one socket message without ever throwing: what is wrong goes back as an error frame. */
export function parseClientFrame(data: unknown): ParsedFrame {
  if (typeof data !== 'string') return { ok: false, code: 'frame.binary', message: 'send JSON text frames, not binary ones', fatal: false };
  if (Buffer.byteLength(data, 'utf8') > MAX_FRAME_BYTES) {
    return { ok: false, code: 'frame.tooLarge', message: `frames are limited to ${MAX_FRAME_BYTES} bytes`, fatal: true };
  }
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return { ok: false, code: 'frame.invalid', message: 'the frame is not JSON', fatal: false };
  }
  const parsed = ClientFrame.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'frame'}: ${i.message}`).join('; ');
    return { ok: false, code: 'frame.invalid', message: problems, fatal: false };
  }
  return { ok: true, frame: parsed.data };
}
