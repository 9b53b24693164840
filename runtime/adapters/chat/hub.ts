import { randomUUID } from 'node:crypto';
import type { Command } from '../../../dsl/session/commands';
import type { CallerEvent } from '../../../dsl/session/events';
import type { Deps } from '../../app';
import { ApiError } from '../../http/errors';
import type { MonitorEvent } from '../../monitor/hub';
import type { SessionRecord } from '../../storage/records';
import { historyOf } from './history';
import type { ClientFrame, ServerFrame } from './protocol';
import { renderStep, type StepOutcome, type Waiting } from './render';
import { matchLocale } from './text';

/** One open socket of a conversation (a visitor may have two tabs open). */
export interface Peer {
  send(frame: ServerFrame): void;
}

interface Conversation {
  peers: Set<Peer>;
  visitor: string;
  locale: string;
  waiting: Waiting;
  waitingFor: string | null;
  timer: ReturnType<typeof setTimeout> | undefined;
}

type Start = Extract<ClientFrame, { type: 'start' }>;

/**
 * Steps that someone other than the visitor causes: an agent console or the ACD reporting
 * the queue or transfer result, an operator ending the chat. Whoever posts them (engine.send,
 * the native API, POST /api/chat/{session}/agent-result), the monitor carries them here.
 */
const EXTERNAL_EVENTS = new Set(['queueResult', 'transferResult', 'hangup']);

/**
 * The live side of web chats: which sockets show which session, what each session waits for,
 * and the idle timers that turn a visitor's silence into noInput.
 */
export class ChatHub {
  private readonly conversations = new Map<string, Conversation>();

  constructor(
    private readonly deps: Pick<Deps, 'engine' | 'scenarios'>,
    private readonly idleSeconds: (timeout: number) => number,
    /** The queue's position announcement, from the ACD, shown once after a handoff. */
    private readonly announcement: (sessionId: string) => Promise<string | undefined> = async () => undefined,
  ) {}

  /** A start frame: resumes `resumeId` when it is a live chat on this channel, else begins a new conversation. */
  async open(peer: Peer, address: string, frame: Start, resumeId: string | undefined): Promise<string> {
    if (resumeId) {
      const record = await this.deps.engine.get(resumeId);
      if (record && record.source.adapter === 'chat' && record.called.number === address && record.status === 'active') {
        await this.resume(peer, record);
        return record.id;
      }
    }
    const revision = await this.deps.scenarios.revisionFor({ kind: 'chat', address });
    const locales = (revision.document.locales as string[] | undefined) ?? [];
    const locale = matchLocale(frame.locale, locales);
    const sessionId = randomUUID();
    const visitor = `chat:${sessionId.slice(0, 8)}`;
    const conversation = this.attach(sessionId, peer, visitor, locale ?? locales[0] ?? 'en-US');
    peer.send({ type: 'session', sessionId, resumed: false });
    peer.send({ type: 'typing' });
    try {
      const reply = await this.deps.engine.start({
        route: { kind: 'chat', address },
        trigger: 'chat',
        channel: 'chat',
        caller: { number: visitor, ...(frame.name ? { name: frame.name } : {}) },
        called: { number: address },
        sessionId,
        ...(locale ? { locale } : {}),
        source: { adapter: 'chat', ...(frame.campaign ? { campaign: frame.campaign } : {}), ...(frame.utm ? { utm: frame.utm } : {}) },
      });
      this.deliver(sessionId, reply);
    } catch (error) {
      conversation.peers.delete(peer);
      this.forget(sessionId);
      throw error;
    }
    return sessionId;
  }

  /** A text or a button press from the visitor. */
  async input(sessionId: string, frame: Extract<ClientFrame, { type: 'text' | 'choice' }>): Promise<void> {
    const conversation = this.conversations.get(sessionId);
    if (!conversation) throw new ApiError(409, 'session.ended', 'this conversation has ended; send a start frame to begin a new one');
    const waiting = conversation.waiting;
    if (!waiting && (conversation.waitingFor === 'queue' || conversation.waitingFor === 'transfer')) {
      throw new ApiError(409, 'handoff.waiting', 'a colleague will answer here shortly; until then the assistant cannot take messages');
    }
    let event: CallerEvent;
    if (frame.type === 'choice') {
      const offered = waiting?.kind === 'input' ? waiting.gather.choices.map((c) => c.value) : [];
      if (!offered.includes(frame.value)) {
        const hint = offered.length > 0 ? `one of: ${offered.join(', ')}` : 'no buttons are offered now';
        throw new ApiError(409, 'choice.unknown', `'${frame.value}' is not a button of this step (${hint})`);
      }
      // The value is the option's port name, which the menu matches exactly.
      event = { type: 'text', text: frame.value };
    } else if (waiting?.kind === 'recording') {
      event = { type: 'recordingDone', transcript: frame.text, duration: 0 };
    } else {
      event = { type: 'text', text: frame.text };
    }
    await this.step(sessionId, event);
  }

  /** The visitor closes the chat; the hangup's reply reaches the other tabs through the monitor. */
  async end(peer: Peer, sessionId: string): Promise<void> {
    this.detach(peer);
    const record = await this.deps.engine.get(sessionId);
    if (record?.status === 'active') {
      const reply = await this.deps.engine.send(sessionId, { type: 'hangup' });
      peer.send({ type: 'ended', reason: reply.endReason ?? 'hangup' });
    } else {
      peer.send({ type: 'ended', reason: record?.endReason ?? 'ended' });
    }
  }

  /** A step caused outside the chat, seen on the monitor (see EXTERNAL_EVENTS). */
  observe(event: MonitorEvent): void {
    if (!event.event || !EXTERNAL_EVENTS.has(event.event.type) || !this.conversations.has(event.sessionId)) return;
    const ended = event.status !== 'active';
    this.deliver(event.sessionId, { commands: event.commands, ended, endReason: event.endReason, waitingFor: ended ? null : waitingForOf(event.commands) });
  }

  detach(peer: Peer): void {
    for (const conversation of this.conversations.values()) conversation.peers.delete(peer);
  }

  dispose(): void {
    for (const conversation of this.conversations.values()) clearTimeout(conversation.timer);
    this.conversations.clear();
  }

  private async resume(peer: Peer, record: SessionRecord): Promise<void> {
    const { entries, lastGather, locale } = historyOf(record, record.caller.number);
    const conversation = this.attach(record.id, peer, record.caller.number, locale ?? 'en-US');
    peer.send({ type: 'session', sessionId: record.id, resumed: true });
    peer.send({ type: 'history', entries });
    if (record.waitingFor === 'effect') {
      // A step was cut short (a runtime restart during a slow request): finish it now.
      peer.send({ type: 'typing' });
      this.deliver(record.id, await this.deps.engine.resume(record.id));
      return;
    }
    // Only the buttons and the input prompt are shown again; the messages are in the history.
    const current = { commands: lastGather && record.waitingFor === 'input' ? [lastGather] : [], ended: false, endReason: null, waitingFor: record.waitingFor };
    const { frames, waiting } = renderStep(current, this.renderContext(conversation));
    for (const frame of frames) peer.send(frame);
    conversation.waiting = waiting;
    conversation.waitingFor = record.waitingFor;
    // After a runtime restart no timer runs for this session; the visitor's return starts one.
    if (!conversation.timer) this.arm(record.id, conversation);
  }

  private async step(sessionId: string, event: CallerEvent): Promise<void> {
    const conversation = this.conversations.get(sessionId);
    if (conversation) {
      clearTimeout(conversation.timer);
      conversation.timer = undefined;
      for (const peer of conversation.peers) peer.send({ type: 'typing' });
    }
    this.deliver(sessionId, await this.deps.engine.send(sessionId, event));
  }

  private deliver(sessionId: string, step: StepOutcome): void {
    const conversation = this.conversations.get(sessionId);
    if (!conversation) return;
    const { frames, waiting, locale } = renderStep(step, this.renderContext(conversation));
    for (const peer of conversation.peers) for (const frame of frames) peer.send(frame);
    conversation.locale = locale;
    conversation.waiting = waiting;
    conversation.waitingFor = step.waitingFor;
    clearTimeout(conversation.timer);
    conversation.timer = undefined;
    if (step.ended) this.forget(sessionId);
    else this.arm(sessionId, conversation);
    if (frames.some((f) => f.type === 'handoff' && f.queue !== undefined)) void this.announce(sessionId, conversation);
  }

  private async announce(sessionId: string, conversation: Conversation): Promise<void> {
    try {
      const text = await this.announcement(sessionId);
      if (text) for (const peer of conversation.peers) peer.send({ type: 'message', text, locale: conversation.locale });
    } catch (error) {
      console.warn(`chat ${sessionId}: no queue announcement: ${(error as Error).message}`);
    }
  }

  private arm(sessionId: string, conversation: Conversation): void {
    const waiting = conversation.waiting;
    if (!waiting) return;
    conversation.timer = setTimeout(() => {
      conversation.timer = undefined;
      const event: CallerEvent = waiting.kind === 'recording' ? { type: 'recordingDone', duration: 0 } : { type: 'noInput' };
      this.step(sessionId, event).catch((error: unknown) => {
        // The session moved on meanwhile (the visitor typed, an agent took over): nothing to do.
        if (!(error instanceof ApiError)) console.warn(`chat ${sessionId}: idle step failed: ${(error as Error).message}`);
      });
    }, waiting.seconds * 1000);
  }

  private attach(sessionId: string, peer: Peer, visitor: string, locale: string): Conversation {
    let conversation = this.conversations.get(sessionId);
    if (!conversation) {
      conversation = { peers: new Set(), visitor, locale, waiting: null, waitingFor: null, timer: undefined };
      this.conversations.set(sessionId, conversation);
    }
    conversation.peers.add(peer);
    return conversation;
  }

  private forget(sessionId: string): void {
    const conversation = this.conversations.get(sessionId);
    if (conversation) clearTimeout(conversation.timer);
    this.conversations.delete(sessionId);
  }

  private renderContext(conversation: Conversation) {
    return { locale: conversation.locale, visitor: conversation.visitor, idleSeconds: this.idleSeconds };
  }
}

/** What a session waits for after a step, read from its last waiting command (the monitor does not say). */
function waitingForOf(commands: Command[]): string | null {
  for (const command of [...commands].reverse()) {
    if (command.type === 'gather') return 'input';
    if (command.type === 'enqueue') return 'queue';
    if (command.type === 'transfer') return 'transfer';
    if (command.type === 'recordMessage') return 'recording';
  }
  return null;
}
