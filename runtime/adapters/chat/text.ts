import type { Command } from '../../../dsl/session/commands';

/** Helpers both text channels (web chat and SMS) share. */

type Gather = Extract<Command, { type: 'gather' }>;
type Choice = Gather['choices'][number];

/**
 * A queue or transfer node has no text of its own for a text channel, yet the visitor must
 * learn why the bot went quiet. The notice follows the conversation's language.
 */
const HANDOFF: Record<string, { queue: string; transfer: string }> = {
  en: { queue: 'I\'m handing you over to a colleague. Please stay here, they will reply in this conversation.', transfer: 'I\'m connecting you with a colleague. Please stay here.' },
  de: { queue: 'Ich übergebe an eine Kollegin oder einen Kollegen. Bitte bleiben Sie hier, die Antwort kommt in diesem Gespräch.', transfer: 'Ich verbinde Sie mit einer Kollegin oder einem Kollegen. Bitte bleiben Sie hier.' },
  fr: { queue: 'Je vous passe à un collègue. Restez ici, la réponse arrivera dans cette conversation.', transfer: 'Je vous mets en relation avec un collègue. Restez ici.' },
};

export function handoffNotice(kind: 'queue' | 'transfer', locale: string): string {
  const texts = HANDOFF[locale.slice(0, 2).toLowerCase()] ?? HANDOFF.en!;
  return texts[kind];
}

/** Menus written for voice may have no button labels; a keyword or the port name still reads well. */
export function choiceLabel(choice: Choice): string {
  return choice.label ?? choice.keywords[0] ?? choice.value;
}

/** The scenario locale closest to what a browser or client asked for (`de` finds `de-DE`). */
export function matchLocale(wanted: string | undefined, available: string[]): string | undefined {
  if (!wanted) return undefined;
  const lower = wanted.toLowerCase();
  const exact = available.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const language = lower.split(/[-_]/)[0];
  return available.find((l) => l.toLowerCase().split('-')[0] === language);
}

/**
 * A message node addressed to the person in this conversation is part of the conversation;
 * one addressed to someone else (an SMS to a colleague) is not the text channel's to deliver.
 */
export function messageForVisitor(command: Extract<Command, { type: 'message' }>, channel: 'chat' | 'sms', visitor: string): boolean {
  return command.channel === channel && (command.to === visitor || command.to === '');
}

/** The last gather of a batch of commands: what the session waits for. */
export function lastGather(commands: Command[]): Gather | undefined {
  return commands.filter((c): c is Gather => c.type === 'gather').pop();
}
