import type { Command } from '../../../dsl/session/commands';
import type { Hooks } from './hooks';
import type { JambonzSettings } from './settings';
import type { Verb, VerbOf } from './verbs';

type CommandOf<T extends Command['type']> = Extract<Command, { type: T }>;

export interface TranslateContext {
  hooks: Hooks;
  settings: JambonzSettings;
  /** Sender for SMS sent from the call (the called number unless configured). */
  smsFrom?: string | undefined;
}

/** The nearest locale known in a batch, for a gather that has no prompt of its own. */
interface Cursor {
  locale: string | undefined;
}

/**
 * Commands of one step → jambonz verbs. A barge-in prompt right before a gather is nested in
 * it (jambonz then listens while speaking); everything else maps one to one, or to nothing
 * when jambonz has no counterpart (answer: jambonz answers by itself; chat messages).
 */
export function verbsFor(commands: Command[], ctx: TranslateContext): Verb[] {
  const verbs: Verb[] = [];
  const cursor: Cursor = { locale: undefined };
  commands.forEach((command, i) => {
    const next = commands[i + 1];
    if (command.type === 'say' && command.bargeIn && next?.type === 'gather') {
      cursor.locale = command.locale;
      return; // spoken by the gather below
    }
    const previous = commands[i - 1];
    const prompt = command.type === 'gather' && previous?.type === 'say' && previous.bargeIn ? previous : undefined;
    verbs.push(...verbsOf(command, ctx, cursor, prompt));
  });
  return verbs;
}

function verbsOf(command: Command, ctx: TranslateContext, cursor: Cursor, prompt?: CommandOf<'say'>): Verb[] {
  const { hooks, settings } = ctx;
  switch (command.type) {
    case 'answer':
      return [];
    case 'setLocale':
      cursor.locale = command.locale;
      // Later verbs name their language anyway; this keeps jambonz's own prompts in step.
      return [{ verb: 'config', synthesizer: synthesizer(command.locale, settings), recognizer: recognizer(command.locale, settings) }];
    case 'say':
      cursor.locale = command.locale;
      return [say(command, ctx)];
    case 'gather':
      return [gather(command, ctx, prompt, prompt?.locale ?? cursor.locale)];
    case 'transfer':
      return [dial(command, hooks)];
    case 'enqueue':
      // jambonz serves the lowest number first (0–999); our priorities run the other way.
      return [{ verb: 'enqueue', name: command.queue, priority: 999 - command.priority, waitHook: hooks.wait(), actionHook: hooks.action('enqueue', { maxWait: command.maxWait }) }];
    case 'startRecording':
      return [{ verb: 'config', listen: { enable: true, url: hooks.recorder, mixType: 'stereo', sampleRate: 8000, metadata: { sessionId: hooks.sessionId, purpose: 'call-recording', nodeId: command.nodeId } } }];
    case 'stopRecording':
      return [{ verb: 'config', listen: { enable: false } }];
    case 'recordMessage':
      return [listen(command, ctx, cursor.locale)];
    case 'message': {
      // jambonz sends SMS from a call; a chat message has no place on a phone line (it stays in the trace).
      const from = settings.JAMBONZ_SMS_FROM ?? ctx.smsFrom;
      if (command.channel !== 'sms' || !command.to || !from) return [];
      return [{ verb: 'message', to: command.to, from, text: command.text }];
    }
    case 'tag':
      return [{ verb: 'tag', data: { ...(command.status ? { status: command.status } : {}), tags: command.tags } }];
    case 'hangup':
      return [{ verb: 'hangup', headers: { 'X-Reason': command.reason } }];
  }
}

export function synthesizer(locale: string | undefined, settings: JambonzSettings): VerbOf<'config'>['synthesizer'] {
  const voice = locale ? settings.JAMBONZ_VOICES[locale] : undefined;
  return { vendor: settings.JAMBONZ_TTS_VENDOR, ...(locale ? { language: locale } : {}), ...(voice ? { voice } : {}) };
}

function recognizer(locale: string | undefined, settings: JambonzSettings, hints: string[] = []) {
  return { vendor: settings.JAMBONZ_STT_VENDOR, ...(locale ? { language: locale } : {}), ...(hints.length > 0 ? { hints } : {}) };
}

export function say(command: { text: string; audio?: string | undefined; locale: string }, ctx: TranslateContext): VerbOf<'say'> | VerbOf<'play'> {
  if (command.audio) return { verb: 'play', url: ctx.hooks.audio(command.audio) };
  return { verb: 'say', text: command.text, synthesizer: synthesizer(command.locale, ctx.settings) };
}

function gather(command: CommandOf<'gather'>, ctx: TranslateContext, prompt: CommandOf<'say'> | undefined, locale: string | undefined): VerbOf<'gather'> {
  const input = command.modes.flatMap((m) => (m === 'dtmf' ? ['digits' as const] : m === 'speech' ? ['speech' as const] : []));
  const nested = prompt ? say(prompt, ctx) : undefined;
  const single = command.maxDigits === 1 && !command.finishOnKey;
  return {
    verb: 'gather',
    actionHook: ctx.hooks.action('gather'),
    input: input.length > 0 ? input : ['digits'],
    timeout: command.timeout,
    // One key (a menu) ends the gather at once; longer entries end by key, length or a pause.
    ...(single ? { numDigits: 1 } : command.maxDigits ? { maxDigits: command.maxDigits } : {}),
    ...(command.finishOnKey ? { finishOnKey: command.finishOnKey } : {}),
    ...(single ? {} : { interDigitTimeout: 3 }),
    ...(nested ? { listenDuringPrompt: true, bargein: true, dtmfBargein: true } : {}),
    ...(input.includes('speech') ? { recognizer: recognizer(locale, ctx.settings, command.hints) } : {}),
    ...(nested?.verb === 'say' ? { say: { text: nested.text, ...(nested.synthesizer ? { synthesizer: nested.synthesizer } : {}) } } : {}),
    ...(nested?.verb === 'play' ? { play: { url: nested.url } } : {}),
  };
}

function dial(command: CommandOf<'transfer'>, hooks: Hooks): VerbOf<'dial'> {
  const target =
    command.targetType === 'number'
      ? { type: 'phone' as const, number: command.target }
      : command.targetType === 'sip'
        ? { type: 'sip' as const, sipUri: command.target.startsWith('sip:') ? command.target : `sip:${command.target}` }
        : { type: 'user' as const, name: command.target };
  return {
    verb: 'dial',
    target: [target],
    ...(command.callerId ? { callerId: command.callerId } : {}),
    timeout: command.timeout,
    actionHook: hooks.action('dial'),
    ...(command.whisper ? { confirmHook: hooks.whisper() } : {}),
  };
}

/** jambonz keeps no recordings: `listen` streams the caller to a websocket that stores the message. */
function listen(command: CommandOf<'recordMessage'>, ctx: TranslateContext, locale: string | undefined): VerbOf<'listen'> {
  const { hooks, settings } = ctx;
  return {
    verb: 'listen',
    url: hooks.recorder,
    actionHook: hooks.action('record'),
    maxLength: command.maxLength,
    playBeep: command.beep,
    finishOnKey: '#',
    mixType: 'mono',
    sampleRate: 8000,
    metadata: {
      sessionId: hooks.sessionId,
      purpose: 'voicemail',
      nodeId: command.nodeId,
      mailbox: command.mailbox,
      ...(command.notify ? { notify: command.notify } : {}),
    },
    ...(command.transcribe ? { transcribe: { transcriptionHook: hooks.transcript(), recognizer: recognizer(locale, settings) } } : {}),
  };
}
