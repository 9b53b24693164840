import { renderTemplate } from '../../../dsl/expr';
import type { Command } from '../../../dsl/session/commands';
import type { HookPayload } from './events';
import { say, type TranslateContext } from './translate';
import type { Verb } from './verbs';

type Enqueue = Extract<Command, { type: 'enqueue' }>;

/** Seconds after joining within which the queue's size decides whether it was full. */
const JOINING_SECONDS = 2;

/**
 * The answer to an enqueue waitHook. Callers wait in jambonz's own queue (agents take them
 * with `dequeue`; the runtime's ACD leaves provider queues alone). jambonz calls this hook when
 * the caller joins and again each time the returned verbs have played, so one announcement
 * followed by `announceEvery` seconds of hold music (or silence) paces the announcements
 * without any state here. Only say, play, pause and leave are allowed in this answer.
 */
export function waitVerbs(enqueue: Enqueue, p: HookPayload, ctx: TranslateContext): Verb[] {
  const waited = p.queue_time ?? p.queueTime ?? 0;
  const size = p.queue_size ?? p.queueSize;
  if (waited >= enqueue.maxWait) return [{ verb: 'leave' }];
  if (waited <= JOINING_SECONDS && enqueue.maxSize !== undefined && size !== undefined && size > enqueue.maxSize) return [{ verb: 'leave' }];
  const verbs: Verb[] = [];
  // jambonz counts positions from 0; callers count from 1.
  const index = p.queue_position ?? p.queuePosition;
  if (enqueue.positionPrompt && index !== undefined && index >= 0) {
    const position = index + 1;
    const waitMinutes = Math.max(1, Math.ceil(position * ctx.settings.JAMBONZ_MINUTES_PER_CALLER));
    const text = renderTemplate(enqueue.positionPrompt.text, { queue: { position, waitMinutes } });
    verbs.push(say({ ...enqueue.positionPrompt, text }, ctx));
  }
  const seconds = Math.max(1, Math.min(enqueue.announceEvery, enqueue.maxWait - waited));
  verbs.push(
    enqueue.holdMusic
      ? { verb: 'play', url: ctx.hooks.audio(enqueue.holdMusic), loop: 'forever', timeoutSecs: seconds }
      : { verb: 'pause', length: seconds },
  );
  return verbs;
}
