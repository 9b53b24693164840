import { z } from 'zod';
import { InputMode } from '../nodes/ask';

/**
 * What a session asks its channel to do. Adapters translate these to TwiML, jambonz verbs,
 * SIP/RTP or chat messages; the session never touches a socket.
 */
const Spoken = {
  text: z.string().describe('TTS text, or the chat message'),
  audio: z.string().optional().describe('Audio file to play instead of TTS'),
  locale: z.string(),
};

export const Choice = z.object({
  value: z.string().describe('Port name the choice selects'),
  label: z.string().optional().describe('Button text in chat'),
  dtmf: z.string().optional(),
  keywords: z.array(z.string()).default([]),
});

export const Command = z.discriminatedUnion('type', [
  z.object({ type: z.literal('answer') }),
  z.object({ type: z.literal('say'), ...Spoken, bargeIn: z.boolean(), nodeId: z.string() }),
  z.object({
    type: z.literal('gather'),
    nodeId: z.string(),
    modes: z.array(InputMode),
    timeout: z.number().describe('Seconds of silence before a noInput event'),
    maxDigits: z.number().optional(),
    finishOnKey: z.string().optional(),
    /** Words the recogniser should listen for; empty for free speech. */
    hints: z.array(z.string()).default([]),
    choices: z.array(Choice).default([]),
    /** What kind of answer is expected, so a recogniser can build its grammar. */
    expect: z.string().optional(),
  }),
  z.object({ type: z.literal('setLocale'), locale: z.string() }),
  z.object({
    type: z.literal('transfer'),
    nodeId: z.string(),
    targetType: z.enum(['number', 'sip', 'agent']),
    target: z.string(),
    callerId: z.string(),
    timeout: z.number(),
    whisper: z.object(Spoken).optional(),
  }),
  z.object({
    type: z.literal('enqueue'),
    nodeId: z.string(),
    queue: z.string(),
    priority: z.number(),
    skills: z.array(z.string()),
    holdMusic: z.string().optional(),
    /** Announcement template; the runtime fills {{queue.position}} and {{queue.waitMinutes}}. */
    positionPrompt: z.object(Spoken).optional(),
    announceEvery: z.number(),
    maxWait: z.number(),
    maxSize: z.number().optional(),
    whisper: z.object(Spoken).optional(),
  }),
  z.object({ type: z.literal('startRecording'), nodeId: z.string() }),
  z.object({ type: z.literal('stopRecording'), nodeId: z.string() }),
  z.object({
    type: z.literal('recordMessage'),
    nodeId: z.string(),
    mailbox: z.string(),
    maxLength: z.number(),
    beep: z.boolean(),
    transcribe: z.boolean(),
    notify: z.object({ email: z.string().optional(), sms: z.string().optional() }).optional(),
  }),
  z.object({
    type: z.literal('message'),
    nodeId: z.string(),
    text: z.string(),
    to: z.string(),
    channel: z.enum(['sms', 'chat']),
  }),
  z.object({ type: z.literal('tag'), nodeId: z.string(), status: z.string().optional(), tags: z.array(z.string()) }),
  z.object({ type: z.literal('hangup'), reason: z.string() }),
]);
export type Command = z.infer<typeof Command>;
export type CommandType = Command['type'];
