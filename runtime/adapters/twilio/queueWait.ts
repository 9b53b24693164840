import type { Command } from '../../../dsl/session/commands';
import { renderTemplate } from '../../../dsl/expr';
import { param } from './events';
import { sayVerb, type RenderContext } from './render';
import type { Params } from './signature';
import { verb, type Verb } from './twiml';

type Enqueue = Extract<Command, { type: 'enqueue' }>;

const KEPT = 10_000;

/**
 * What Twilio's wait URL needs to remember between its requests: when a caller last heard
 * their position, and who was let go because the queue was full. Kept in memory: after a
 * restart a caller hears the position once more, and a "full" exit reads as a timeout.
 */
export class QueueWaits {
  private readonly announcedAt = new Map<string, number>();
  private readonly full = new Set<string>();

  /** The wait music for one round: Twilio requests the wait URL again when it has played. */
  verbs(callSid: string, q: Enqueue | undefined, params: Params, ctx: RenderContext): Verb[] {
    if (!q) return [verb('Pause', { length: 10 })];
    const number = (name: string) => {
      const value = Number(param(params, name));
      return Number.isFinite(value) && value >= 0 ? value : 0;
    };
    const waited = number('QueueTime');
    if (q.maxSize !== undefined && number('CurrentQueueSize') > q.maxSize) {
      this.remember(this.full, callSid);
      return [verb('Leave')];
    }
    if (waited >= q.maxWait) return [verb('Leave')];
    const verbs: Verb[] = [];
    const last = this.announcedAt.get(callSid);
    if (q.positionPrompt && (last === undefined || waited - last >= q.announceEvery || !q.holdMusic)) {
      this.announcedAt.delete(callSid);
      this.announcedAt.set(callSid, waited);
      if (this.announcedAt.size > KEPT) this.announcedAt.delete(this.announcedAt.keys().next().value!);
      const queue = { position: Math.max(1, number('QueuePosition')), waitMinutes: Math.max(1, Math.round(number('AvgQueueTime') / 60)) };
      let text = q.positionPrompt.text;
      try {
        text = renderTemplate(text, { queue });
      } catch {
        // A template the publisher let through but that fails here: say it without the numbers.
        text = text.replace(/\{\{[^}]*\}\}/g, '');
      }
      verbs.push(sayVerb({ ...q.positionPrompt, text }, ctx));
    }
    if (q.holdMusic) verbs.push(verb('Play', {}, ctx.urls.audio(q.holdMusic)));
    else verbs.push(verb('Pause', { length: Math.min(q.announceEvery, Math.max(1, q.maxWait - waited)) }));
    return verbs;
  }

  /** The call left the queue; true when it was let go because the queue was full. */
  left(callSid: string): boolean {
    this.announcedAt.delete(callSid);
    return this.full.delete(callSid);
  }

  private remember(set: Set<string>, callSid: string): void {
    set.add(callSid);
    if (set.size > KEPT) set.delete(set.values().next().value!);
  }
}
