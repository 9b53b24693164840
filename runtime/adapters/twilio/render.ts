import type { Command } from '../../../dsl/session/commands';
import type { Reply } from '../../sessions/engine';
import { verb, type Verb } from './twiml';
import type { CallUrls } from './urls';
import type { VoiceFor } from './voices';

export interface RenderContext {
  urls: CallUrls;
  /** The conversation's locale before these commands, for a gather that has no prompt of its own. */
  locale: string;
  voiceFor: VoiceFor;
  /** With a TaskRouter workflow, queued calls become tasks that carry priority and skills. */
  workflowSid?: string | undefined;
}

/** The Twilio name of a recording started by a scenario, so a later <Stop> can find it. */
export const RECORDING_NAME = 'callflow';

type Gather = Extract<Command, { type: 'gather' }>;
type Transfer = Extract<Command, { type: 'transfer' }>;
type Enqueue = Extract<Command, { type: 'enqueue' }>;
type RecordMessage = Extract<Command, { type: 'recordMessage' }>;

/** Twilio takes whole seconds, at least one. */
const seconds = (value: number) => Math.max(1, Math.ceil(value));

/** Commands after which the session waits for Twilio to call back. */
export const WAITING_COMMANDS = new Set<Command['type']>(['gather', 'transfer', 'enqueue', 'recordMessage']);

export function sayVerb(say: { text: string; audio?: string | undefined; locale: string }, ctx: RenderContext): Verb {
  if (say.audio) return verb('Play', {}, ctx.urls.audio(say.audio));
  return verb('Say', { language: say.locale, voice: ctx.voiceFor(say.locale) }, say.text);
}

function gatherVerb(g: Gather, prompts: Verb[], locale: string, ctx: RenderContext): Verb[] {
  const input = g.modes.filter((m) => m === 'dtmf' || m === 'speech');
  const speech = input.includes('speech');
  // Twilio allows 500 hints of up to 100 characters each.
  const hints = g.hints.filter((h) => h.length <= 100).slice(0, 500).join(', ');
  return [
    verb(
      'Gather',
      {
        input: (input.length > 0 ? input : ['dtmf']).join(' '),
        action: ctx.urls.callback('gather'),
        method: 'POST',
        timeout: seconds(g.timeout),
        numDigits: g.maxDigits,
        // Twilio ends keying on "#" unless told otherwise, which would swallow "#" as a menu key.
        finishOnKey: g.finishOnKey ?? '',
        language: speech ? locale : undefined,
        hints: speech && hints ? hints : undefined,
        speechTimeout: speech ? 'auto' : undefined,
      },
      ...prompts,
    ),
    // Twilio goes on with the next verb when the caller says nothing: that is our noInput.
    verb('Redirect', { method: 'POST' }, ctx.urls.callback('noinput')),
  ];
}

function dialVerb(t: Transfer, ctx: RenderContext): Verb {
  const url = t.whisper ? ctx.urls.callback('whisper', { node: t.nodeId }) : undefined;
  const noun = t.targetType === 'sip' ? 'Sip' : t.targetType === 'agent' ? 'Client' : 'Number';
  return verb(
    'Dial',
    { action: ctx.urls.callback('dial'), method: 'POST', timeout: seconds(t.timeout), callerId: t.callerId || undefined },
    verb(noun, { url, method: url ? 'POST' : undefined }, t.target),
  );
}

function enqueueVerb(q: Enqueue, ctx: RenderContext): Verb {
  const attrs = {
    action: ctx.urls.callback('queue'),
    method: 'POST',
    waitUrl: ctx.urls.callback('wait', { node: q.nodeId }),
    waitUrlMethod: 'POST',
  };
  if (!ctx.workflowSid) return verb('Enqueue', attrs, q.queue);
  const task = JSON.stringify({ queue: q.queue, skills: q.skills });
  return verb('Enqueue', { ...attrs, workflowSid: ctx.workflowSid }, verb('Task', { priority: q.priority }, task));
}

function recordVerbs(r: RecordMessage, ctx: RenderContext): Verb[] {
  const action = ctx.urls.callback('record');
  return [
    verb('Record', { action, method: 'POST', maxLength: seconds(r.maxLength), playBeep: r.beep, transcribe: r.transcribe || undefined }),
    // An empty recording does not call the action; Twilio goes on with the next verb instead.
    verb('Redirect', { method: 'POST' }, action),
  ];
}

/**
 * TwiML for a batch of commands. Prompts that may be interrupted move into the Gather that
 * follows them, so a caller who knows the menu can key ahead.
 */
export function commandVerbs(commands: Command[], ctx: RenderContext): { verbs: Verb[]; callsBack: boolean } {
  const verbs: { verb: Verb; bargeIn: boolean }[] = [];
  let locale = ctx.locale;
  let callsBack = false;
  const add = (...more: Verb[]) => verbs.push(...more.map((v) => ({ verb: v, bargeIn: false })));
  for (const command of commands) {
    switch (command.type) {
      case 'say':
        locale = command.locale;
        verbs.push({ verb: sayVerb(command, ctx), bargeIn: command.bargeIn });
        break;
      case 'setLocale':
        locale = command.locale;
        break;
      case 'gather': {
        let first = verbs.length;
        while (first > 0 && verbs[first - 1]!.bargeIn) first--;
        const prompts = verbs.splice(first).map((v) => v.verb);
        add(...gatherVerb(command, prompts, locale, ctx));
        callsBack = true;
        break;
      }
      case 'transfer':
        add(dialVerb(command, ctx));
        callsBack = true;
        break;
      case 'enqueue':
        add(enqueueVerb(command, ctx));
        callsBack = true;
        break;
      case 'recordMessage':
        add(...recordVerbs(command, ctx));
        callsBack = true;
        break;
      case 'startRecording':
        add(verb('Start', {}, verb('Recording', { name: RECORDING_NAME })));
        break;
      case 'stopRecording':
        add(verb('Stop', {}, verb('Recording', { name: RECORDING_NAME })));
        break;
      case 'hangup':
        add(verb('Hangup'));
        break;
      // answer: Twilio answers when it gets TwiML; tag and message are not voice verbs (they stay in the trace).
      default:
        break;
    }
  }
  return { verbs: verbs.map((v) => v.verb), callsBack };
}

/**
 * TwiML for an engine reply, or null when the session waits but nothing in the reply calls us
 * back (a retry answered with no commands): the caller then repeats what the session waits for.
 */
export function replyVerbs(reply: Pick<Reply, 'commands' | 'ended' | 'pending' | 'endReason'>, ctx: RenderContext): Verb[] | null {
  const { verbs, callsBack } = commandVerbs(reply.commands, ctx);
  if (reply.pending) return [...verbs, verb('Redirect', { method: 'POST' }, ctx.urls.callback('resume'))];
  if (reply.ended) {
    if (reply.endReason === 'error' && !reply.commands.some((c) => c.type === 'hangup')) verbs.push(apology());
    if (!verbs.some((v) => v.name === 'Hangup')) verbs.push(verb('Hangup'));
    return verbs;
  }
  return callsBack ? verbs : null;
}

export const apology = () => verb('Say', { language: 'en-US' }, 'Sorry, we cannot take your call right now. Goodbye.');

/** Whether the first gather comes before any prompt or locale change, so its language must come from the record. */
export function gatherNeedsLocale(commands: Command[]): boolean {
  for (const c of commands) {
    if (c.type === 'say' || c.type === 'setLocale') return false;
    if (c.type === 'gather') return true;
  }
  return false;
}
