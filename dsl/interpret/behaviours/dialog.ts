import type { z } from 'zod';
import type { MenuOption } from '../../nodes/menu';
import type { InputMode } from '../../nodes/ask';
import type { SessionContext } from '../../session/context';
import { parseAnswer } from '../answers';
import { words } from '../nlu';
import { pickPrompt, pickText } from '../scope';
import { behaviour, guard, update, type AnyEvent } from './kit';

type Option = z.infer<typeof MenuOption>;

/** Voice listens for keys and speech, text channels for typed text, whatever the node allows. */
export function modesFor(context: SessionContext, allowed: InputMode[]): InputMode[] {
  const text = context.session.channel !== 'voice';
  const modes = allowed.filter((m) => (text ? m === 'text' : m !== 'text'));
  return modes.length > 0 ? modes : text ? ['text'] : ['dtmf'];
}

function keywordsOf(option: Option, context: SessionContext): string[] {
  return option.keywords?.[context.locale] ?? option.keywords?.[context.locales[0] ?? ''] ?? [];
}

/** A key press selects by dtmf; speech or text by a keyword, the button label, the key or the port name. */
export function matchOption(options: Option[], input: SessionContext['input'], context: SessionContext): string | null {
  if (!input) return null;
  if (input.mode === 'dtmf') return options.find((o) => o.dtmf === input.value)?.port ?? null;
  const said = input.value.trim().toLowerCase();
  const saidWords = ` ${words(said).join(' ')} `;
  let best: { port: string; score: number } | null = null;
  for (const option of options) {
    const label = pickText(option.label, context)?.toLowerCase();
    if (said === option.dtmf || said === option.port.toLowerCase() || (label && said === label)) return option.port;
    for (const keyword of keywordsOf(option, context)) {
      const phrase = words(keyword).join(' ');
      if (phrase && saidWords.includes(` ${phrase} `) && (!best || phrase.length > best.score)) {
        best = { port: option.port, score: phrase.length };
      }
    }
  }
  return best?.port ?? null;
}

function inputOf(event: AnyEvent): SessionContext['input'] {
  if (event.type === 'digits') return { value: String(event.digits), mode: 'dtmf' };
  if (event.type === 'speech') return { value: String(event.text), mode: 'speech' };
  if (event.type === 'text') return { value: String(event.text), mode: 'text' };
  return null;
}

export const dialogActions = {
  say: behaviour((context, _event, params, out) => {
    out.command({ type: 'say', nodeId: params.nodeId, ...pickPrompt(params.prompt, context), bargeIn: params.bargeIn });
  }),
  gatherChoice: behaviour((context, _event, params, out) => {
    const options = params.options as Option[];
    const allDigits = options.every((o) => o.dtmf !== undefined);
    out.command({
      type: 'gather',
      nodeId: params.nodeId,
      modes: modesFor(context, allDigits ? ['dtmf', 'speech', 'text'] : ['speech', 'text', 'dtmf']),
      timeout: params.timeout,
      maxDigits: 1,
      hints: options.flatMap((o) => keywordsOf(o, context)),
      choices: options.map((o) => ({
        value: o.port,
        label: pickText(o.label, context),
        dtmf: o.dtmf,
        keywords: keywordsOf(o, context),
      })),
    });
  }),
  gatherAnswer: behaviour((context, _event, params, out) => {
    out.command({
      type: 'gather',
      nodeId: params.nodeId,
      modes: modesFor(context, params.modes),
      timeout: params.timeout,
      maxDigits: params.maxDigits,
      finishOnKey: params.finishOnKey,
      hints: [],
      choices: [],
      expect: params.type,
    });
  }),
  gatherOptOut: behaviour((context, _event, params, out) => {
    out.command({
      type: 'gather',
      nodeId: params.nodeId,
      modes: modesFor(context, ['dtmf']),
      timeout: params.timeout,
      maxDigits: 1,
      hints: [],
      choices: [],
      expect: `optOut:${params.key}`,
    });
  }),
  captureInput: update((_context, event) => ({ input: inputOf(event) })),
  resetAttempts: update(() => ({ attempts: 0 })),
  countAttempt: update((context) => ({ attempts: context.attempts + 1 })),
  matchChoice: update((context, _event, params) => ({ outcome: matchOption(params.options, context.input, context) })),
  checkAnswer: update((context, _event, params) => {
    const parsed = parseAnswer(params, context.input?.value ?? '');
    if (!parsed.ok) return { outcome: 'invalid' };
    return { outcome: 'valid', vars: { ...context.vars, [params.variable]: parsed.value } };
  }),
};

export const dialogGuards = {
  attemptsLeft: guard((context, _event, params) => context.attempts <= params.retries),
  outcomeIs: guard((context, _event, params) => context.outcome === params.value),
  resultIs: guard((_context, event, params) => event.result === params.result),
  digitsAre: guard((_context, event, params) => event.digits === params.digits),
};
