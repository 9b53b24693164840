import { z } from 'zod';
import { Channel } from '../schema/document';
import { Trigger } from '../nodes/start';

/** What a channel tells a session. */
export const StartEvent = z.object({
  type: z.literal('start'),
  sessionId: z.string().min(1).max(200),
  trigger: Trigger,
  channel: Channel,
  caller: z.object({ number: z.string().max(200), name: z.string().max(200).optional() }),
  called: z.object({ number: z.string().max(200) }),
  locale: z.string().optional().describe('Overrides the scenario\'s default locale'),
  /** Values for variables declared with input: true. */
  vars: z.record(z.string(), z.unknown()).default({}),
  startedAt: z.string().describe('ISO time the session began'),
});
export type StartEvent = z.infer<typeof StartEvent>;

export const CallerEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('digits'), digits: z.string().regex(/^[0-9*#]{1,64}$/) }),
  z.object({ type: z.literal('speech'), text: z.string().max(10_000), confidence: z.number().min(0).max(1).optional() }),
  z.object({ type: z.literal('text'), text: z.string().max(10_000) }),
  z.object({ type: z.literal('noInput') }),
  z.object({ type: z.literal('transferResult'), result: z.enum(['answered', 'busy', 'noAnswer', 'failed']) }),
  z.object({ type: z.literal('queueResult'), result: z.enum(['answered', 'timeout', 'full']) }),
  z.object({
    type: z.literal('recordingDone'),
    url: z.string().optional(),
    duration: z.number().optional(),
    transcript: z.string().optional(),
  }),
  z.object({ type: z.literal('hangup') }),
]);
export type CallerEvent = z.infer<typeof CallerEvent>;

export const SessionEvent = z.union([StartEvent, CallerEvent]);
export type SessionEvent = z.infer<typeof SessionEvent>;
