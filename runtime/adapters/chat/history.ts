import type { Command } from '../../../dsl/session/commands';
import type { SessionRecord } from '../../storage/records';
import type { HistoryEntry } from './protocol';
import { choiceLabel, handoffNotice, messageForVisitor } from './text';
import type { z } from 'zod';

type Entry = z.infer<typeof HistoryEntry>;
type Gather = Extract<Command, { type: 'gather' }>;

/**
 * The conversation so far, read back from the session's trace, so a page reload shows what
 * was said. A pressed button is stored as its value and shown again as its label.
 */
export function historyOf(record: SessionRecord, visitor: string): { entries: Entry[]; lastGather: Gather | undefined; locale: string | undefined } {
  const entries: Entry[] = [];
  let gather: Gather | undefined;
  let locale: string | undefined;
  for (const entry of record.trace) {
    if (entry.kind === 'command') {
      const command = entry.data as unknown as Command;
      if (command.type === 'say') {
        locale = command.locale;
        if (command.text.trim()) entries.push({ from: 'bot', text: command.text });
      } else if (command.type === 'message' && messageForVisitor(command, 'chat', visitor) && command.text.trim()) {
        entries.push({ from: 'bot', text: command.text });
      } else if (command.type === 'setLocale') {
        locale = command.locale;
      } else if (command.type === 'gather') {
        gather = command;
      } else if (command.type === 'enqueue' || command.type === 'transfer') {
        entries.push({ from: 'system', text: handoffNotice(command.type === 'enqueue' ? 'queue' : 'transfer', locale ?? 'en') });
      }
    } else if (entry.kind === 'event') {
      const event = entry.data as { type: string; text?: unknown; transcript?: unknown };
      if (event.type === 'text' && typeof event.text === 'string') {
        const chosen = gather?.choices.find((c) => c.value === event.text);
        entries.push({ from: 'user', text: chosen ? choiceLabel(chosen) : event.text });
      } else if (event.type === 'recordingDone' && typeof event.transcript === 'string') {
        entries.push({ from: 'user', text: event.transcript });
      }
    }
  }
  return { entries, lastGather: gather, locale };
}
