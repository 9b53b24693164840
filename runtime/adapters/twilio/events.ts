import { CallerEvent } from '../../../dsl/session/events';
import type { Params } from './signature';

export const param = (params: Params, name: string): string | undefined => params.get(name)?.[0];

/** An event for the session, or why the request cannot be one. */
export type Mapped = { event: CallerEvent } | { problem: string };

const checked = (event: CallerEvent): Mapped => {
  const parsed = CallerEvent.safeParse(event);
  return parsed.success ? { event: parsed.data } : { problem: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
};

/** <Gather> action: keys win over speech; neither (an empty result) is no input. */
export function gatherEvent(params: Params): Mapped {
  const digits = param(params, 'Digits') ?? '';
  const speech = (param(params, 'SpeechResult') ?? '').trim();
  if (digits !== '') return checked({ type: 'digits', digits });
  if (speech !== '') {
    const confidence = Number(param(params, 'Confidence'));
    return checked({ type: 'speech', text: speech, ...(Number.isFinite(confidence) && param(params, 'Confidence') ? { confidence } : {}) });
  }
  return { event: { type: 'noInput' } };
}

const DIAL_RESULTS: Record<string, 'answered' | 'busy' | 'noAnswer' | 'failed'> = {
  completed: 'answered',
  answered: 'answered',
  busy: 'busy',
  'no-answer': 'noAnswer',
  failed: 'failed',
  canceled: 'failed',
};

/** <Dial> action: DialCallStatus says how the forwarded leg went. */
export function dialEvent(params: Params): Mapped {
  const status = param(params, 'DialCallStatus') ?? '';
  const result = DIAL_RESULTS[status];
  return result ? { event: { type: 'transferResult', result } } : { problem: `DialCallStatus '${status}' is not a Twilio dial status` };
}

const QUEUE_RESULTS: Record<string, CallerEvent> = {
  bridged: { type: 'queueResult', result: 'answered' },
  'bridging-in-process': { type: 'queueResult', result: 'answered' },
  hangup: { type: 'hangup' },
  leave: { type: 'queueResult', result: 'timeout' },
  redirected: { type: 'queueResult', result: 'timeout' },
  'queue-full': { type: 'queueResult', result: 'full' },
  error: { type: 'queueResult', result: 'timeout' },
  'system-error': { type: 'queueResult', result: 'timeout' },
};

/**
 * <Enqueue> action. A caller our wait URL let <Leave> because the queue was over its size
 * left "full", not by timeout; Twilio reports both as "leave".
 */
export function queueEvent(params: Params, leftFull: boolean): Mapped {
  const result = param(params, 'QueueResult') ?? '';
  const event = QUEUE_RESULTS[result];
  if (!event) return { problem: `QueueResult '${result}' is not a Twilio queue result` };
  if (result === 'leave' && leftFull) return { event: { type: 'queueResult', result: 'full' } };
  return { event };
}

/** <Record> action, or our redirect after it when the recording was empty. */
export function recordEvent(params: Params): Mapped {
  const url = param(params, 'RecordingUrl');
  const duration = Number(param(params, 'RecordingDuration'));
  const transcript = param(params, 'TranscriptionText');
  return checked({
    type: 'recordingDone',
    ...(url ? { url } : {}),
    ...(param(params, 'RecordingDuration') && Number.isFinite(duration) ? { duration } : {}),
    ...(transcript ? { transcript } : {}),
  });
}

/** Call statuses after which the call is gone. */
export const FINAL_CALL_STATUSES = new Set(['completed', 'busy', 'failed', 'no-answer', 'canceled']);
