import { z } from 'zod';

export const CapturedInput = z.object({ value: z.string(), mode: z.enum(['dtmf', 'speech', 'text']) });

export const HttpResponse = z.object({
  status: z.number(),
  body: z.unknown(),
  headers: z.record(z.string(), z.string()),
});
export type HttpResponse = z.infer<typeof HttpResponse>;

export const HttpRequest = z.object({
  method: z.string(),
  url: z.string(),
  headers: z.record(z.string(), z.string()),
  body: z.string().optional(),
  timeout: z.number(),
});
export type HttpRequest = z.infer<typeof HttpRequest>;

/** Work the session needs done outside itself before it can go on; answered by an effectResult event. */
export const Effect = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('http'), nodeId: z.string(), request: HttpRequest, retries: z.number() }),
  z.object({ kind: z.literal('lookupCaller'), nodeId: z.string(), number: z.string(), list: z.string().optional(), numbers: z.array(z.string()) }),
  z.object({
    kind: z.literal('classify'),
    nodeId: z.string(),
    text: z.string(),
    locale: z.string(),
    controller: z.record(z.string(), z.unknown()),
    intents: z.array(
      z.object({ name: z.string(), utterances: z.record(z.string(), z.array(z.string())), exit: z.boolean(), slots: z.array(z.string()).optional() }),
    ),
    threshold: z.number(),
    /** The bot's slots, for remote controllers that fill them themselves. */
    slots: z.array(z.object({ name: z.string(), type: z.string(), values: z.array(z.string()) })).optional(),
    /** Who is talking and what is known, for remote controllers (webhook, LLM) that keep their own dialog state. */
    conversation: z
      .object({ sessionId: z.string(), channel: z.string(), caller: z.string(), turn: z.number(), vars: z.record(z.string(), z.unknown()) })
      .optional(),
  }),
]);
export type Effect = z.infer<typeof Effect>;

export const Frame = z.object({
  scenario: z.string(),
  nodeId: z.string(),
  vars: z.record(z.string(), z.unknown()),
  locales: z.array(z.string()),
  inputs: z.array(z.string()),
});

/** A session's data; all JSON, so the persisted snapshot can be stored and restored anywhere. */
export const SessionContext = z.object({
  vars: z.record(z.string(), z.unknown()),
  /** The node the session is at (its state id, prefixed inside subflows). */
  node: z.string().nullable(),
  inputs: z.array(z.string()),
  locale: z.string(),
  locales: z.array(z.string()),
  caller: z.object({ number: z.string(), name: z.string().optional() }),
  called: z.object({ number: z.string() }),
  session: z.object({ id: z.string(), channel: z.string(), trigger: z.string(), startedAt: z.string() }),
  input: CapturedInput.nullable(),
  response: HttpResponse.nullable(),
  /** Where a deciding action sends the session next (a port name). */
  outcome: z.string().nullable(),
  attempts: z.number(),
  tags: z.array(z.string()),
  status: z.string().nullable(),
  recording: z.object({ url: z.string().optional(), duration: z.number().optional(), transcript: z.string().optional() }).nullable(),
  frames: z.array(Frame),
  pending: Effect.nullable(),
  endReason: z.string().nullable(),
});
export type SessionContext = z.infer<typeof SessionContext>;
