import { z } from 'zod';
import type { Command } from '../../../dsl/session/commands';
import { twimlDocument, verb } from '../twilio/twiml';
import { choiceLabel, handoffNotice, messageForVisitor } from '../chat/text';

type Choice = Extract<Command, { type: 'gather' }>['choices'][number];

export const OutMessage = z.object({
  text: z.string(),
  to: z.string().optional().describe('Set when the message goes to someone other than the sender'),
});
export type OutMessage = z.infer<typeof OutMessage>;

export const SmsReply = z.object({
  sessionId: z.string().nullable(),
  ended: z.boolean(),
  messages: z.array(OutMessage),
});
export type SmsReply = z.infer<typeof SmsReply>;

/**
 * The key a reply selects each choice with. A menu whose options all have distinct keys keeps
 * them, so the prompt's own wording ("press 0 for anything else") stays true; otherwise 1, 2, 3…
 */
export function choiceKeys(choices: Choice[]): string[] {
  const keys = choices.map((c) => c.dtmf ?? '');
  const usable = keys.every((k) => /^[0-9]$/.test(k)) && new Set(keys).size === keys.length;
  return usable ? keys : choices.map((_, i) => String(i + 1));
}

/** "1", "1." or " 1) " selects the first choice; anything else goes to the menu as typed. */
export function selectedChoice(text: string, choices: Choice[]): string | undefined {
  const key = text.trim().replace(/[.)]$/, '');
  const index = choiceKeys(choices).indexOf(key);
  return index >= 0 ? choices[index]!.value : undefined;
}

export function numberedList(choices: Choice[]): string {
  const keys = choiceKeys(choices);
  return choices.map((c, i) => `${keys[i]} – ${choiceLabel(c)}`).join('\n');
}

/** The texts of one step: prompts and messages for the sender, menus as numbered lists, handoff notices. */
export function smsMessages(commands: Command[], sender: string, locale: string): OutMessage[] {
  const messages: OutMessage[] = [];
  for (const command of commands) {
    switch (command.type) {
      case 'say':
        locale = command.locale;
        if (command.text.trim()) messages.push({ text: command.text });
        break;
      case 'setLocale':
        locale = command.locale;
        break;
      case 'message':
        if (!command.text.trim() || command.channel !== 'sms') break;
        messages.push(messageForVisitor(command, 'sms', sender) ? { text: command.text } : { text: command.text, to: command.to });
        break;
      case 'gather':
        if (command.choices.length > 0) messages.push({ text: numberedList(command.choices) });
        break;
      case 'enqueue':
      case 'transfer':
        messages.push({ text: handoffNotice(command.type === 'enqueue' ? 'queue' : 'transfer', locale) });
        break;
      default:
        break;
    }
  }
  return messages;
}

/**
 * One <Message> for the sender with every text in order: Twilio sends each <Message> as its
 * own SMS and does not promise they arrive in order. Messages to others get their own.
 */
export function replyTwiml(reply: SmsReply): string {
  const own = reply.messages.filter((m) => m.to === undefined).map((m) => m.text);
  const others = reply.messages.filter((m) => m.to !== undefined);
  return twimlDocument([
    ...(own.length > 0 ? [verb('Message', {}, own.join('\n\n'))] : []),
    ...others.map((m) => verb('Message', { to: m.to }, m.text)),
  ]);
}
