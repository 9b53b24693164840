import type { Command } from '../../../dsl/session/commands';
import type { SessionRecord } from '../../storage/records';
import { apology, commandVerbs, WAITING_COMMANDS, type RenderContext } from './render';
import { verb, type Verb } from './twiml';

/** Every command the session has given so far, oldest first, from its trace. */
export function tracedCommands(record: SessionRecord): Command[] {
  return record.trace.filter((e) => e.kind === 'command').map((e) => e.data as unknown as Command);
}

/** The locale the conversation is in now: the last prompt's or locale switch's. */
export function currentLocale(record: SessionRecord): string | undefined {
  const commands = tracedCommands(record);
  for (let i = commands.length - 1; i >= 0; i--) {
    const c = commands[i]!;
    if (c.type === 'say' || c.type === 'setLocale') return c.locale;
  }
  return undefined;
}

/** The newest command of a kind given by a node, e.g. the transfer whose whisper an agent is about to hear. */
export function lastCommandOf<T extends Command['type']>(record: SessionRecord, type: T, nodeId: string): Extract<Command, { type: T }> | undefined {
  const commands = tracedCommands(record);
  for (let i = commands.length - 1; i >= 0; i--) {
    const c = commands[i]!;
    if (c.type === type && 'nodeId' in c && c.nodeId === nodeId) return c as Extract<Command, { type: T }>;
  }
  return undefined;
}

/**
 * TwiML that puts the call back where the session waits: a callback that arrived out of order
 * (or a retry that found nothing new) gets the last question again — with its prompt — instead
 * of an error page that would end the call.
 */
export function repeatVerbs(record: SessionRecord | undefined, ctx: RenderContext): Verb[] {
  if (!record || record.status !== 'active') return [verb('Hangup')];
  // A step is still running (a slow CRM): keep the caller on the line and ask again.
  if (record.waitingFor === 'effect') return [verb('Pause', { length: 1 }), verb('Redirect', { method: 'POST' }, ctx.urls.callback('resume'))];
  const commands = tracedCommands(record);
  let last = commands.length - 1;
  while (last >= 0 && !WAITING_COMMANDS.has(commands[last]!.type)) last--;
  if (last < 0) return [apology(), verb('Hangup')];
  let first = last;
  while (first > 0 && commands[first - 1]!.type === 'say') first--;
  return commandVerbs(commands.slice(first, last + 1), ctx).verbs;
}
