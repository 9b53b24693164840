import { z } from 'zod';

export const VoiceMessage = z.object({
  id: z.string(),
  mailbox: z.string(),
  sessionId: z.string(),
  scenarioId: z.string(),
  caller: z.string().describe('The caller\'s number, for the call back'),
  at: z.string().describe('When the recording ended'),
  url: z.string().nullable().describe('Where the telephony side stored the audio'),
  duration: z.number().nullable().describe('Seconds'),
  transcript: z.string().nullable(),
  notify: z.object({ email: z.string().optional(), sms: z.string().optional() }).nullable().describe('Who is to be told, as the voicemail node rendered it'),
  read: z.boolean(),
});
export type VoiceMessage = z.infer<typeof VoiceMessage>;

export const MailboxSummary = z.object({
  name: z.string(),
  total: z.number().int(),
  unread: z.number().int(),
  latestAt: z.string(),
});
export type MailboxSummary = z.infer<typeof MailboxSummary>;
