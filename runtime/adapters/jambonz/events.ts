import { z } from 'zod';
import type { CallerEvent } from '../../../dsl/session/events';

/**
 * What jambonz posts, as far as we read it. jambonz adds many call attributes (sip headers,
 * trace ids, account ids) that we pass over, so the objects stay loose; names are snake_case
 * on webhooks, but a few payload docs show camelCase, so both are read where it matters.
 */
const Text = (max: number) => z.string().max(max);

export const CallPayload = z.looseObject({
  call_sid: Text(200).min(1),
  direction: z.string().max(20).optional(),
  from: Text(500).default(''),
  to: Text(500).default(''),
  caller_name: Text(200).optional(),
  /** What the REST call that placed an outbound call attached as `tag`: input variables here. */
  customerData: z.record(z.string(), z.unknown()).optional(),
});
export type CallPayload = z.infer<typeof CallPayload>;

export const StatusPayload = z.looseObject({
  call_sid: Text(200).min(1),
  call_status: Text(50).optional(),
});

export const HookPayload = z.looseObject({
  reason: Text(100).optional(),
  digits: Text(200).optional(),
  speech: z.unknown().optional(),
  dial_call_status: Text(50).optional(),
  dialCallStatus: Text(50).optional(),
  dial_sip_status: z.coerce.number().optional(),
  queue_result: Text(50).optional(),
  queueResult: Text(50).optional(),
  queue_time: z.coerce.number().optional(),
  queueTime: z.coerce.number().optional(),
  queue_position: z.coerce.number().optional(),
  queuePosition: z.coerce.number().optional(),
  queue_size: z.coerce.number().optional(),
  queueSize: z.coerce.number().optional(),
});
export type HookPayload = z.infer<typeof HookPayload>;

/** The best transcript in a jambonz speech result (flat, or per channel under `transcripts`). */
export function transcriptOf(speech: unknown): { text: string; confidence?: number } | undefined {
  const s = speech as { alternatives?: unknown[]; transcripts?: { alternatives?: unknown[] }[] } | undefined;
  const best = (s?.alternatives ?? s?.transcripts?.[0]?.alternatives)?.[0] as { transcript?: unknown; confidence?: unknown } | undefined;
  if (typeof best?.transcript !== 'string' || best.transcript.trim() === '') return undefined;
  const confidence = typeof best.confidence === 'number' && best.confidence >= 0 && best.confidence <= 1 ? best.confidence : undefined;
  return { text: best.transcript.trim().slice(0, 10_000), ...(confidence !== undefined ? { confidence } : {}) };
}

/** Gather results: dtmfDetected → digits, speechDetected → speech; timeouts and STT errors → noInput. */
export function gatherEvent(p: HookPayload): CallerEvent {
  const digits = (p.digits ?? '').replace(/[^0-9*#]/g, '').slice(0, 64);
  if (p.reason === 'dtmfDetected' || (!p.reason && digits)) return digits ? { type: 'digits', digits } : { type: 'noInput' };
  if (p.reason === 'speechDetected') {
    const heard = transcriptOf(p.speech);
    return heard ? { type: 'speech', ...heard } : { type: 'noInput' };
  }
  return { type: 'noInput' };
}

/**
 * `dial_call_status` after the dial: completed means the call was bridged (and is over now).
 * A failed attempt is told apart by its SIP status where jambonz gives one.
 */
export function dialEvent(p: HookPayload): CallerEvent {
  return { type: 'transferResult', result: dialResult(p) };
}

function dialResult(p: HookPayload): 'answered' | 'busy' | 'noAnswer' | 'failed' {
  const status = p.dial_call_status ?? p.dialCallStatus;
  const sip = p.dial_sip_status;
  if (status === 'completed' || status === 'in-progress' || status === 'answered') return 'answered';
  if (status === 'busy' || sip === 486 || sip === 600) return 'busy';
  if (status === 'no-answer' || sip === 480 || sip === 408 || sip === 487) return 'noAnswer';
  return 'failed';
}

/**
 * `queue_result`: bridged (an agent dequeued the caller) → answered. A `leave` comes from our
 * waitHook, for a queue that was full on joining or a wait that reached maxWait; the time in
 * queue tells which. An abandoned call is a hangup; a jambonz error takes the timeout port.
 */
export function queueEvent(p: HookPayload, maxWait: number): CallerEvent {
  const result = p.queue_result ?? p.queueResult;
  if (result === 'bridged') return { type: 'queueResult', result: 'answered' };
  if (result === 'hangup') return { type: 'hangup' };
  const waited = p.queue_time ?? p.queueTime ?? 0;
  if (result === 'leave' && waited < maxWait) return { type: 'queueResult', result: 'full' };
  return { type: 'queueResult', result: 'timeout' };
}

export function recordEvent(transcript: string | undefined): CallerEvent {
  return { type: 'recordingDone', ...(transcript ? { transcript } : {}) };
}

export const TERMINAL_STATUSES: ReadonlySet<string> = new Set(['completed', 'failed', 'busy', 'no-answer']);
