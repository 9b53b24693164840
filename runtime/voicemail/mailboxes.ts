import { notFound } from '../http/errors';
import type { Storage, StudioData } from '../storage/types';
import type { MailboxSummary, VoiceMessage } from './schema';

/** Studio data key. One flat list: mailbox names come from templates and may be any text. */
export const MAILBOXES = 'mailboxes';

const messagesIn = (data: StudioData): VoiceMessage[] => (data.extra[MAILBOXES] ??= []) as VoiceMessage[];
const newestFirst = (a: VoiceMessage, b: VoiceMessage) => b.at.localeCompare(a.at);

/** Mailboxes exist by their messages: a voicemail node needs no set-up before the first call. */
export class Mailboxes {
  constructor(private readonly storage: Storage) {}

  async summaries(): Promise<MailboxSummary[]> {
    return this.storage.read((data) => {
      const boxes = new Map<string, MailboxSummary>();
      for (const m of (data.extra[MAILBOXES] ?? []) as VoiceMessage[]) {
        const box = boxes.get(m.mailbox) ?? { name: m.mailbox, total: 0, unread: 0, latestAt: m.at };
        box.total++;
        if (!m.read) box.unread++;
        if (m.at > box.latestAt) box.latestAt = m.at;
        boxes.set(m.mailbox, box);
      }
      return [...boxes.values()].sort((a, b) => a.name.localeCompare(b.name));
    });
  }

  async messages(mailbox: string): Promise<VoiceMessage[]> {
    return this.storage.read((data) =>
      ((data.extra[MAILBOXES] ?? []) as VoiceMessage[]).filter((m) => m.mailbox === mailbox).map((m) => ({ ...m })).sort(newestFirst),
    );
  }

  /** Keeps one message per recording, however often the same step is reported. */
  async add(message: VoiceMessage): Promise<boolean> {
    return this.storage.update((data) => {
      const messages = messagesIn(data);
      if (messages.some((m) => m.sessionId === message.sessionId && m.at === message.at)) return false;
      messages.push(message);
      return true;
    });
  }

  async setRead(mailbox: string, id: string, read: boolean): Promise<VoiceMessage> {
    return this.storage.update((data) => {
      const message = messagesIn(data).find((m) => m.mailbox === mailbox && m.id === id);
      if (!message) throw notFound(`message '${id}' in mailbox '${mailbox}'`);
      message.read = read;
      return { ...message };
    });
  }

  async remove(mailbox: string, id: string): Promise<void> {
    await this.storage.update((data) => {
      const messages = messagesIn(data);
      const index = messages.findIndex((m) => m.mailbox === mailbox && m.id === id);
      if (index < 0) throw notFound(`message '${id}' in mailbox '${mailbox}'`);
      messages.splice(index, 1);
    });
  }
}
