import type { SessionContext } from '../../session/context';
import { pickPrompt } from '../scope';
import { fillSlots, isMissing, type SlotSpec } from '../slots';
import { REPLIED } from '../../compile/nodes/bot';
import { behaviour, guard, update } from './kit';
import { modesFor } from './dialog';

type PromptedSlot = SlotSpec & { prompt: Record<string, string | { audio: string; text?: string }> };

/** Phrases a grammar-based recogniser should listen for, once each, in the conversation's locale. */
function unique(phrases: string[]): string[] {
  return [...new Set(phrases.map((p) => p.trim()).filter(Boolean))];
}

function customPhrases(slot: SlotSpec, context: SessionContext): string[] {
  return (slot.values ?? []).flatMap((v) => [v.value, ...(v.synonyms[context.locale] ?? [])]);
}

/** A slot's spoken answer is a number, a date…: keypad answers make sense for the first two. */
const SLOT_MODES: Record<SlotSpec['type'], ('dtmf' | 'speech' | 'text')[]> = {
  number: ['speech', 'text', 'dtmf'],
  date: ['speech', 'text', 'dtmf'],
  email: ['speech', 'text'],
  yesNo: ['speech', 'text', 'dtmf'],
  custom: ['speech', 'text'],
};

export const botActions = {
  /** The recogniser's grammar is the bot's own example phrases (SIP offline STT builds on hints). */
  gatherBot: behaviour((context, _event, params, out) => {
    const intents = params.intents as { utterances: Record<string, string[]> }[];
    out.command({
      type: 'gather',
      nodeId: params.nodeId,
      modes: modesFor(context, ['speech', 'text']),
      timeout: params.timeout,
      hints: unique(intents.flatMap((i) => i.utterances[context.locale] ?? [])),
      choices: [],
      expect: 'intent',
    });
  }),
  /** Asks for the first missing slot: its prompt, then a gather that expects its type. */
  askSlot: behaviour((context, _event, params, out) => {
    const slot = (params.slots as PromptedSlot[]).find((s) => isMissing(context.vars[s.name]));
    if (!slot) return;
    out.command({ type: 'say', nodeId: params.nodeId, ...pickPrompt(slot.prompt, context), bargeIn: true });
    out.command({
      type: 'gather',
      nodeId: params.nodeId,
      modes: modesFor(context, SLOT_MODES[slot.type]),
      timeout: params.timeout,
      ...(slot.type === 'yesNo' ? { maxDigits: 1 } : {}),
      ...(slot.type === 'date' ? { maxDigits: 8 } : {}),
      ...(slot.type === 'number' ? { finishOnKey: '#' } : {}),
      hints: slot.type === 'custom' ? unique(customPhrases(slot, context)) : [],
      choices: [],
      expect: slot.type,
    });
  }),
  fillSlots: update((context, _event, params) => ({
    vars: { ...context.vars, ...fillSlots(params.slots as SlotSpec[], context.input?.value ?? '', context.locale, context.vars) },
  })),
  /** No intent but words of its own: a remote controller answered, so the turn counts as answered. */
  captureIntent: update((_context, event) => ({
    outcome: typeof event.intent === 'string' ? event.intent : Array.isArray(event.replies) && event.replies.length > 0 ? REPLIED : null,
  })),
  /** Variables a webhook or LLM sets; only declared ones, so a remote bot cannot invent session data. */
  applyBotVars: update((context, event) => {
    const given = (event.vars ?? {}) as Record<string, unknown>;
    const declared = Object.entries(given).filter(([name]) => Object.hasOwn(context.vars, name));
    return declared.length > 0 ? { vars: { ...context.vars, ...Object.fromEntries(declared) } } : {};
  }),
  sayReplies: behaviour((context, event, params, out) => {
    const replies = Array.isArray(event.replies) ? (event.replies as unknown[]) : [];
    for (const text of replies) {
      if (typeof text === 'string' && text.trim()) out.command({ type: 'say', nodeId: params.nodeId, text, locale: context.locale, bargeIn: true });
    }
  }),
};

export const botGuards = {
  slotsFilled: guard((context, _event, params) => (params.slots as string[]).every((name) => !isMissing(context.vars[name]))),
};
