import { z } from 'zod';

/**
 * The jambonz verbs this adapter emits, as zod schemas (they also document the webhook
 * answers in OpenAPI). Property names and types follow `@jambonz/verb-specifications`, whose
 * `validate()` the tests run on every answer; nested verbs (a gather's prompt) carry no
 * `verb` key there, so their data schemas are kept apart from the verb schemas.
 */
const Hook = z.string().describe('Webhook URL, absolute or relative to the application URL');

export const Synthesizer = z.object({
  vendor: z.string(),
  language: z.string().optional(),
  voice: z.string().optional(),
});

export const Recognizer = z.object({
  vendor: z.string(),
  language: z.string().optional(),
  hints: z.array(z.string()).optional(),
});

export const SayData = z.object({ text: z.string(), synthesizer: Synthesizer.optional() });
export const PlayData = z.object({
  url: z.string(),
  loop: z.union([z.number(), z.string()]).optional(),
  timeoutSecs: z.number().optional(),
});

export const Target = z.discriminatedUnion('type', [
  z.object({ type: z.literal('phone'), number: z.string() }),
  z.object({ type: z.literal('sip'), sipUri: z.string() }),
  z.object({ type: z.literal('user'), name: z.string() }),
]);

export const ListenOptions = z.object({
  enable: z.boolean(),
  url: z.string().optional(),
  mixType: z.enum(['mono', 'stereo', 'mixed']).optional(),
  sampleRate: z.number().optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
});

export const Verb = z.discriminatedUnion('verb', [
  SayData.extend({ verb: z.literal('say') }),
  PlayData.extend({ verb: z.literal('play') }),
  z.object({
    verb: z.literal('gather'),
    actionHook: Hook,
    input: z.array(z.enum(['digits', 'speech'])),
    timeout: z.number(),
    numDigits: z.number().optional(),
    maxDigits: z.number().optional(),
    finishOnKey: z.string().optional(),
    interDigitTimeout: z.number().optional(),
    listenDuringPrompt: z.boolean().optional(),
    bargein: z.boolean().optional(),
    dtmfBargein: z.boolean().optional(),
    recognizer: Recognizer.optional(),
    say: SayData.optional(),
    play: PlayData.optional(),
  }),
  z.object({
    verb: z.literal('dial'),
    target: z.array(Target).min(1),
    callerId: z.string().optional(),
    timeout: z.number(),
    actionHook: Hook,
    confirmHook: Hook.optional().describe('The app the answering party hears first: the whisper'),
  }),
  z.object({ verb: z.literal('enqueue'), name: z.string(), priority: z.number(), waitHook: Hook, actionHook: Hook }),
  z.object({ verb: z.literal('leave') }),
  z.object({ verb: z.literal('hangup'), headers: z.record(z.string(), z.string()).optional() }),
  z.object({ verb: z.literal('redirect'), actionHook: Hook }),
  z.object({ verb: z.literal('pause'), length: z.number() }),
  z.object({
    verb: z.literal('config'),
    synthesizer: Synthesizer.optional(),
    recognizer: Recognizer.optional(),
    listen: ListenOptions.optional(),
  }),
  z.object({ verb: z.literal('tag'), data: z.record(z.string(), z.unknown()) }),
  z.object({ verb: z.literal('message'), to: z.string(), from: z.string(), text: z.string() }),
  z.object({
    verb: z.literal('listen'),
    url: z.string(),
    actionHook: Hook,
    maxLength: z.number(),
    playBeep: z.boolean(),
    finishOnKey: z.string(),
    mixType: z.enum(['mono', 'stereo', 'mixed']),
    sampleRate: z.number(),
    metadata: z.record(z.string(), z.unknown()),
    transcribe: z.object({ transcriptionHook: z.string(), recognizer: Recognizer }).optional(),
  }),
]);
export type Verb = z.infer<typeof Verb>;
export type VerbName = Verb['verb'];
export type VerbOf<N extends VerbName> = Extract<Verb, { verb: N }>;

export const Verbs = z.array(Verb).describe('A jambonz application: the verbs to run, in order');

/** Verbs after which jambonz calls us again; an answer without one would end the call. */
export const WAITING_VERBS: ReadonlySet<VerbName> = new Set(['gather', 'dial', 'enqueue', 'listen', 'redirect', 'hangup']);
