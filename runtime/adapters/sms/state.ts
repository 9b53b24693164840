import type { Storage } from '../../storage/types';
import type { OutMessage, SmsReply } from './render';

/** Replies kept for duplicate deliveries; a retry comes within minutes, not after 1,000 other messages. */
const HANDLED_KEPT = 1000;

/** What the SMS adapter keeps in the studio data, under extra.sms. */
interface SmsState {
  /** Conversation (our number + sender) → the session it continues, until that session ends. */
  conversations: Record<string, string>;
  /** Message id → the reply it got, oldest first. */
  handled: Record<string, SmsReply>;
  /** Texts produced while nobody was writing (an agent result); sent with the next reply. */
  outbox: Record<string, OutMessage[]>;
}

/** JSON, not a separator: a number may contain any character a separator could be. */
export const conversationKey = (to: string, from: string) => JSON.stringify([to, from]);

function stateOf(extra: Record<string, unknown>): SmsState {
  const state = (extra.sms ?? {}) as Partial<SmsState>;
  const full: SmsState = { conversations: state.conversations ?? {}, handled: state.handled ?? {}, outbox: state.outbox ?? {} };
  extra.sms = full;
  return full;
}

export class SmsStore {
  constructor(private readonly storage: Storage) {}

  session(key: string): Promise<string | undefined> {
    return this.storage.read((data) => ((data.extra.sms as SmsState | undefined)?.conversations ?? {})[key]);
  }

  handled(id: string): Promise<SmsReply | undefined> {
    return this.storage.read((data) => ((data.extra.sms as SmsState | undefined)?.handled ?? {})[id]);
  }

  /** Takes what waits in the outbox for this conversation. */
  takeOutbox(key: string): Promise<OutMessage[]> {
    return this.storage.update((data) => {
      const state = stateOf(data.extra);
      const waiting = state.outbox[key] ?? [];
      delete state.outbox[key];
      return waiting;
    });
  }

  addToOutbox(key: string, messages: OutMessage[]): Promise<void> {
    return this.storage.update((data) => {
      const state = stateOf(data.extra);
      state.outbox[key] = [...(state.outbox[key] ?? []), ...messages];
    });
  }

  /** After a message: which session the conversation continues (none once it ended) and the reply for retries. */
  save(key: string, id: string | undefined, reply: SmsReply): Promise<void> {
    return this.storage.update((data) => {
      const state = stateOf(data.extra);
      if (reply.sessionId && !reply.ended) state.conversations[key] = reply.sessionId;
      else delete state.conversations[key];
      if (id) {
        state.handled[id] = reply;
        const ids = Object.keys(state.handled);
        for (const old of ids.slice(0, Math.max(0, ids.length - HANDLED_KEPT))) delete state.handled[old];
      }
    });
  }
}
