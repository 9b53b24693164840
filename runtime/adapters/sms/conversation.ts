import type { Command } from '../../../dsl/session/commands';
import type { CallerEvent } from '../../../dsl/session/events';
import type { Deps } from '../../app';
import type { MonitorEvent } from '../../monitor/hub';
import type { Reply } from '../../sessions/engine';
import { KeyedLock } from '../../sessions/lock';
import type { SessionRecord } from '../../storage/records';
import { handoffNotice, lastGather } from '../chat/text';
import type { Inbound } from './inbound';
import { selectedChoice, smsMessages, type OutMessage, type SmsReply } from './render';
import { conversationKey, type SmsStore } from './state';

/** Results that arrive while the sender is not writing (as in the chat adapter's hub). */
const EXTERNAL_EVENTS = new Set(['queueResult', 'transferResult', 'hangup']);

/**
 * One SMS conversation per (our number, sender): a message continues the session it started
 * until that session ends; the next one starts a new session. Messages of one conversation
 * are handled one after another, and a delivery seen before gets the reply it got then.
 */
export class SmsConversations {
  private readonly lock = new KeyedLock();
  /** Outbox writes under way; a message arriving meanwhile must see what they add. */
  private readonly keeping = new Set<Promise<void>>();

  constructor(
    private readonly deps: Pick<Deps, 'engine' | 'config'>,
    private readonly store: SmsStore,
    /** The queue's position announcement, from the ACD, sent with the handoff notice. */
    private readonly announcement: (sessionId: string) => Promise<string | undefined> = async () => undefined,
  ) {}

  handle(inbound: Inbound): Promise<SmsReply> {
    const key = conversationKey(inbound.to, inbound.from);
    return this.lock.run(key, async () => {
      await Promise.all(this.keeping);
      if (inbound.id) {
        const earlier = await this.store.handled(inbound.id);
        if (earlier) return earlier;
      }
      const messages = await this.store.takeOutbox(key);
      const sessionId = await this.store.session(key);
      const record = sessionId ? await this.deps.engine.get(sessionId) : undefined;
      const reply = record?.status === 'active' ? await this.continue(record, inbound, messages) : await this.start(inbound, messages);
      await this.store.save(key, inbound.id, reply);
      return reply;
    });
  }

  /**
   * Nobody waits on a webhook for an agent's result (the monitor shows it, whoever posted it):
   * its texts go out with the sender's next message.
   */
  observe(event: MonitorEvent): void {
    if (event.channel !== 'sms' || !event.event || !EXTERNAL_EVENTS.has(event.event.type)) return;
    const keeping = this.keep(event)
      .catch((error: Error) => console.warn(`sms ${event.sessionId}: could not keep the texts of an agent result: ${error.message}`))
      .finally(() => this.keeping.delete(keeping));
    this.keeping.add(keeping);
  }

  private async keep(event: MonitorEvent): Promise<void> {
    const record = await this.deps.engine.get(event.sessionId);
    if (!record || record.source.adapter !== 'sms') return;
    const messages = smsMessages(event.commands, record.caller.number, localeOf(record));
    if (messages.length > 0) await this.store.addToOutbox(conversationKey(record.called.number, record.caller.number), messages);
  }

  /**
   * The first message only opens the conversation: the scenario greets and asks; reading
   * "hi" as the answer to a menu nobody has seen yet would only produce a no-match.
   */
  private async start(inbound: Inbound, messages: OutMessage[]): Promise<SmsReply> {
    const reply = await this.deps.engine.start(
      {
        route: { kind: 'sms', address: inbound.to },
        trigger: 'sms',
        channel: 'sms',
        caller: { number: inbound.from },
        called: { number: inbound.to },
        source: { adapter: 'sms' },
      },
      { deadlineMs: this.deps.config.WEBHOOK_DEADLINE_MS },
    );
    return this.answer(reply, inbound.from, messages, 'en');
  }

  private async continue(record: SessionRecord, inbound: Inbound, messages: OutMessage[]): Promise<SmsReply> {
    const locale = localeOf(record);
    // A step that outlived the last webhook (a slow CRM) has finished by now. What it said is
    // news to the sender, whose text cannot be the answer to a question they have not seen yet.
    if (record.undelivered.length > 0 || record.waitingFor === 'effect') {
      const rest = await this.deps.engine.resume(record.id);
      const unseen = smsMessages(rest.commands, inbound.from, locale);
      if (rest.ended || unseen.length > 0) return { sessionId: record.id, ended: rest.ended, messages: [...messages, ...unseen] };
      record = (await this.deps.engine.get(record.id)) ?? record;
    }
    const event = eventFor(record, inbound.text);
    if (!event) {
      messages.push({ text: handoffNotice(record.waitingFor === 'transfer' ? 'transfer' : 'queue', locale) });
      return { sessionId: record.id, ended: false, messages };
    }
    const reply = await this.deps.engine.send(record.id, event, {
      deadlineMs: this.deps.config.WEBHOOK_DEADLINE_MS,
      ...(inbound.id ? { idempotencyKey: `sms:${inbound.id}` } : {}),
    });
    return this.answer(reply, inbound.from, messages, locale);
  }

  private async answer(reply: Reply, sender: string, messages: OutMessage[], locale: string): Promise<SmsReply> {
    const texts = [...messages, ...smsMessages(reply.commands, sender, locale)];
    if (!reply.ended && reply.commands.some((c) => c.type === 'enqueue')) {
      const position = await this.announcement(reply.sessionId);
      if (position) texts.push({ text: position });
    }
    return { sessionId: reply.sessionId, ended: reply.ended, messages: texts };
  }
}

/** The event a text means where the session waits; none while it waits for an agent. */
function eventFor(record: SessionRecord, text: string): CallerEvent | undefined {
  if (record.waitingFor === 'recording') return { type: 'recordingDone', transcript: text, duration: 0 };
  if (record.waitingFor !== 'input') return undefined;
  const gather = gatherOf(record);
  return { type: 'text', text: (gather && selectedChoice(text, gather.choices)) ?? text };
}

/** The menu the session waits at, from its trace (the reply that asked may be several messages back). */
function gatherOf(record: SessionRecord) {
  const commands = record.trace.filter((e) => e.kind === 'command').map((e) => e.data as unknown as Command);
  return lastGather(commands);
}

function localeOf(record: SessionRecord): string {
  const says = record.trace.filter((e) => e.kind === 'command' && (e.data.type === 'say' || e.data.type === 'setLocale'));
  return String(says.at(-1)?.data.locale ?? 'en');
}
