import type { Command } from '../../../dsl/session/commands';
import type { Reply } from '../../sessions/engine';
import type { SessionRecord } from '../../storage/records';
import { say, verbsFor, type TranslateContext } from './translate';
import { WAITING_VERBS, type Verb } from './verbs';

const WAITS = new Set<Command['type']>(['gather', 'transfer', 'enqueue', 'recordMessage']);

/**
 * A session's reply as a jambonz application. A step still running (a slow CRM) gets what it
 * said so far, usually the hold prompt, then a redirect to the resume hook; an ended session
 * always ends with hangup, since jambonz would otherwise wait for nothing.
 */
export function replyVerbs(reply: Reply, ctx: TranslateContext): Verb[] {
  const verbs = verbsFor(reply.commands, ctx);
  if (reply.pending) return [...verbs, resumeVerb(ctx)];
  if (reply.ended && verbs.at(-1)?.verb !== 'hangup') verbs.push({ verb: 'hangup' });
  return verbs;
}

export const resumeVerb = (ctx: TranslateContext): Verb => ({ verb: 'redirect', actionHook: ctx.hooks.action('resume') });

/** Whether jambonz will call us again after these verbs (otherwise the call just ends). */
export const keepsCallGoing = (verbs: Verb[]) => verbs.some((v) => WAITING_VERBS.has(v.verb));

/**
 * What the session waits for, asked again: the answer to a hook that came out of order (or a
 * resume that found nothing new). The last waiting command and its prompt are replayed.
 */
export function reissueVerbs(record: SessionRecord | undefined, ctx: TranslateContext): Verb[] {
  if (!record || record.status !== 'active') return [{ verb: 'hangup' }];
  if (record.waitingFor === 'effect') return [resumeVerb(ctx)];
  const tail = waitingTail(lastCommands(record));
  const verbs = verbsFor(tail, ctx);
  return keepsCallGoing(verbs) ? verbs : [...verbs, { verb: 'hangup' }];
}

/** The commands of the session's latest step: the one whose wait is still open. */
export function lastCommands(record: SessionRecord): Command[] {
  const last = record.replies.last as { commands?: Command[] } | undefined;
  return last?.commands ?? [];
}

export function lastCommandOf<T extends Command['type']>(record: SessionRecord | undefined, type: T): Extract<Command, { type: T }> | undefined {
  if (!record) return undefined;
  return lastCommands(record).findLast((c): c is Extract<Command, { type: T }> => c.type === type);
}

function waitingTail(commands: Command[]): Command[] {
  const at = commands.findLastIndex((c) => WAITS.has(c.type));
  const waiting = commands[at];
  if (!waiting || !('nodeId' in waiting)) return [];
  const before = commands[at - 1];
  // Its own prompt only: not the "I did not hear you" or the hold prompt said before it.
  const prompt = before?.type === 'say' && before.nodeId === waiting.nodeId ? [before] : [];
  return [...prompt, waiting];
}

/** For calls nothing is bound to, or that cannot start: a short notice, never a 5xx. */
export function notInService(ctx: TranslateContext): Verb[] {
  return [say({ text: 'Sorry, this number is not in service.', locale: 'en-US' }, ctx), { verb: 'hangup', headers: { 'X-Reason': 'not-in-service' } }];
}
