import { randomUUID } from 'node:crypto';
import type { CompiledScenario } from '../../dsl/compile';
import { createSession, SessionError, type Happening, type Providers, type Session, type Step } from '../../dsl/interpret';
import type { Command } from '../../dsl/session/commands';
import type { CallerEvent, StartEvent } from '../../dsl/session/events';
import type { Channel } from '../../dsl/schema/document';
import type { Trigger } from '../../dsl/nodes/start';
import { conflict, notFound } from '../http/errors';
import type { MonitorHub } from '../monitor/hub';
import type { ScenarioService } from '../scenarios/service';
import type { Revision, SessionRecord } from '../storage/records';
import type { Storage } from '../storage/types';
import { KeyedLock } from './lock';
import { traceOf } from './trace';

export interface StartRequest {
  /** Which scenario: by a binding (called number, chat channel, SMS number) or by id. */
  route: { kind: 'number' | 'chat' | 'sms' | 'scenario'; address: string; revision?: number };
  trigger: Trigger;
  channel: Channel;
  caller: { number: string; name?: string };
  called: { number: string };
  /** The telephony side's id (e.g. a CallSid); a new one is made when absent. */
  sessionId?: string;
  locale?: string;
  vars?: Record<string, unknown>;
  source: SessionRecord['source'];
}

export interface Reply {
  sessionId: string;
  commands: Command[];
  ended: boolean;
  endReason: string | null;
  nodeId: string | null;
  waitingFor: string | null;
  /** The step still runs (a slow request); ask again with resume() for the rest. */
  pending: boolean;
}

export interface SendOptions {
  /** The same key again returns the same reply without handling the event twice. */
  idempotencyKey?: string;
  /** Reply with what is there after this long, e.g. a hold prompt while a CRM is slow. */
  deadlineMs?: number;
}

interface LiveSession {
  session: Session;
  steps: number;
  listener: ((h: Happening) => void) | undefined;
}

const REPLIES_KEPT = 30;
const LIVE_SESSIONS_KEPT = 10_000;

/**
 * Runs sessions: one dsl session per call or chat, restored from its stored snapshot when it
 * is not in memory, persisted after every step. Adapters only translate protocols.
 */
export class SessionEngine {
  private readonly lock = new KeyedLock();
  /** Sessions kept in memory between steps; a session's happenings go to the current step's listener. */
  private readonly live = new Map<string, LiveSession>();

  constructor(
    private readonly storage: Storage,
    private readonly scenarios: ScenarioService,
    private readonly providers: Providers,
    private readonly monitor: MonitorHub,
  ) {}

  async start(request: StartRequest, options: SendOptions = {}): Promise<Reply> {
    const revision = await this.scenarios.revisionFor(request.route);
    const sessionId = request.sessionId ?? randomUUID();
    return this.withDeadline(sessionId, options, async (onHappening) => {
      const existing = await this.storage.sessions.get(sessionId);
      // A start delivered twice (a webhook retry) gets the first answer.
      if (existing) {
        const first = existing.replies.start as Reply | undefined;
        if (first) return { reply: first };
        throw conflict('session.exists', `session '${sessionId}' already exists`);
      }
      const compiled = revision.compiled as unknown as CompiledScenario;
      const entry = { steps: 0, listener: onHappening } as LiveSession;
      const session = (entry.session = createSession(compiled, this.providers, { onHappening: (h) => entry.listener?.(h) }));
      const startedAt = new Date().toISOString();
      const event: StartEvent = {
        type: 'start',
        sessionId,
        trigger: request.trigger,
        channel: request.channel,
        caller: request.caller,
        called: request.called,
        ...(request.locale ? { locale: request.locale } : {}),
        vars: request.vars ?? {},
        startedAt,
      };
      const varsBefore = session.context().vars;
      const step = await session.start(event);
      const record: SessionRecord = {
        id: sessionId,
        scenarioId: revision.scenarioId,
        revision: revision.revision,
        channel: request.channel,
        trigger: request.trigger,
        caller: request.caller,
        called: request.called,
        source: request.source,
        startedAt,
        updatedAt: startedAt,
        endedAt: null,
        status: 'active',
        endReason: null,
        nodeId: null,
        waitingFor: null,
        tags: [],
        dialogStatus: null,
        visits: [],
        trace: [],
        snapshot: null,
        replies: {},
        steps: 0,
        undelivered: [],
      };
      return this.record(record, entry, step, varsBefore, revision, 'start');
    });
  }

  async send(sessionId: string, event: CallerEvent, options: SendOptions = {}): Promise<Reply> {
    return this.withDeadline(sessionId, options, async (onHappening) => {
      const record = await this.storage.sessions.get(sessionId);
      if (!record) throw notFound(`session '${sessionId}'`);
      const key = options.idempotencyKey;
      if (key && record.replies[key]) return { reply: record.replies[key] as Reply };
      if (record.status !== 'active') throw conflict('session.ended', `session '${sessionId}' has ended (${record.endReason ?? record.status})`);
      const { live, revision } = await this.restore(record, onHappening);
      const session = live.session;
      if (!session.accepts(event)) {
        throw conflict(
          'event.unexpected',
          `session '${sessionId}' is at node '${record.nodeId}' waiting for ${record.waitingFor ?? 'nothing'}; a '${event.type}' event does not fit`,
        );
      }
      const varsBefore = session.context().vars;
      const step = await session.send(event);
      return this.record(record, live, step, varsBefore, revision, key);
    });
  }

  /** The rest of a step that outlived its deadline, or an effect a restart interrupted. */
  async resume(sessionId: string): Promise<Reply> {
    return this.lock.run(sessionId, async () => {
      const record = await this.storage.sessions.get(sessionId);
      if (!record) throw notFound(`session '${sessionId}'`);
      if (record.undelivered.length > 0) {
        const reply = { ...replyOf(record), commands: record.undelivered as Command[] };
        await this.storage.sessions.put({ ...record, undelivered: [] });
        return reply;
      }
      if (record.status === 'active' && record.waitingFor === 'effect') {
        const { live, revision } = await this.restore(record);
        const varsBefore = live.session.context().vars;
        const step = await live.session.resume();
        return (await this.record(record, live, step, varsBefore, revision)).reply;
      }
      return { ...replyOf(record), commands: [] };
    });
  }

  async get(sessionId: string): Promise<SessionRecord | undefined> {
    return this.storage.sessions.get(sessionId);
  }

  /**
   * Runs a step under the session's lock. With a deadline, the caller gets the commands made
   * so far when time is up; the step goes on and its remaining commands wait for resume().
   */
  private withDeadline(
    sessionId: string,
    options: SendOptions,
    run: (onHappening: (h: Happening) => void) => Promise<{ reply: Reply }>,
  ): Promise<Reply> {
    return new Promise<Reply>((resolve, reject) => {
      const early: Command[] = [];
      let answered = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onHappening = (h: Happening) => {
        if (h.kind === 'command' && !answered) early.push(h.command);
      };
      const task = this.lock.run(sessionId, async () => {
        if (options.deadlineMs !== undefined) {
          timer = setTimeout(() => {
            answered = true;
            resolve({ sessionId, commands: [...early], ended: false, endReason: null, nodeId: null, waitingFor: 'effect', pending: true });
          }, options.deadlineMs);
        }
        const outcome = await run(onHappening);
        clearTimeout(timer);
        // Still under the lock, so a resume() that arrives meanwhile finds the rest waiting.
        if (answered) await this.keepUndelivered(sessionId, outcome.reply.commands.slice(early.length));
        return outcome;
      });
      task.then(
        ({ reply }) => {
          clearTimeout(timer);
          if (!answered) resolve(reply);
        },
        (error) => {
          clearTimeout(timer);
          // The in-memory session may have moved on without being stored; restore next time.
          this.live.delete(sessionId);
          if (!answered) reject(error);
          else console.warn(`session ${sessionId}: a step that outlived its deadline failed: ${(error as Error).message}`);
        },
      );
    });
  }

  private async keepUndelivered(sessionId: string, rest: Command[]): Promise<void> {
    const record = await this.storage.sessions.get(sessionId);
    if (record) await this.storage.sessions.put({ ...record, undelivered: rest as unknown as Record<string, unknown>[] });
  }

  private async restore(record: SessionRecord, onHappening?: (h: Happening) => void): Promise<{ live: LiveSession; revision: Revision }> {
    const revision = await this.scenarios.revision(record.scenarioId, record.revision);
    let live = this.live.get(record.id);
    if (!live || live.steps !== record.steps) {
      const entry: LiveSession = { steps: record.steps, listener: undefined } as LiveSession;
      try {
        entry.session = createSession(revision.compiled as unknown as CompiledScenario, this.providers, {
          snapshot: record.snapshot,
          onHappening: (h) => entry.listener?.(h),
        });
      } catch (error) {
        if (error instanceof SessionError) throw conflict('session.damaged', `session '${record.id}': ${error.message}`);
        throw error;
      }
      live = entry;
    }
    live.listener = onHappening;
    return { live, revision };
  }

  private async record(
    previous: SessionRecord,
    live: LiveSession,
    step: Step,
    varsBefore: Record<string, unknown>,
    revision: Revision,
    replyKey?: string,
  ): Promise<{ reply: Reply }> {
    const at = new Date().toISOString();
    const first = step.happenings[0];
    const handled = first?.kind === 'event' ? (first.event as unknown as { type: string }) : undefined;
    const session = live.session;
    const context = session.context();
    const sensitive = new Set(
      Object.entries(((revision.document.variables ?? {}) as Record<string, { sensitive?: boolean }>))
        .filter(([, v]) => v.sensitive)
        .map(([name]) => name),
    );
    const ended = step.ended;
    const reply: Reply = {
      sessionId: previous.id,
      commands: step.commands,
      ended,
      endReason: step.endReason,
      nodeId: step.nodeId,
      waitingFor: step.waitingFor,
      pending: false,
    };
    const replies: Record<string, unknown> = { ...previous.replies, last: reply, ...(replyKey ? { [replyKey]: reply } : {}) };
    const keys = Object.keys(replies).filter((k) => k !== 'start' && k !== 'last');
    for (const old of keys.slice(0, Math.max(0, keys.length - REPLIES_KEPT))) delete replies[old];
    const record: SessionRecord = {
      ...previous,
      updatedAt: at,
      endedAt: ended ? at : null,
      status: step.error ? 'failed' : ended ? 'ended' : 'active',
      endReason: step.endReason ?? (step.error ? 'error' : null),
      nodeId: step.nodeId,
      waitingFor: step.waitingFor,
      tags: context.tags,
      dialogStatus: context.status,
      visits: [...previous.visits, ...step.happenings.flatMap((h) => (h.kind === 'visit' ? [h.nodeId] : []))],
      trace: [
        ...previous.trace,
        ...traceOf(step.happenings, at, varsBefore, context.vars, sensitive),
        ...(step.error ? [{ at, kind: 'error' as const, data: { message: step.error } }] : []),
      ],
      snapshot: session.snapshot(),
      replies,
      steps: previous.steps + 1,
    };
    await this.storage.sessions.put(record);
    live.listener = undefined;
    live.steps = record.steps;
    if (ended) this.live.delete(record.id);
    else this.remember(record.id, live);
    this.monitor.publish({
      type: previous.steps === 0 ? 'session.started' : ended ? 'session.ended' : 'session.step',
      at,
      sessionId: record.id,
      scenarioId: record.scenarioId,
      revision: record.revision,
      channel: record.channel,
      adapter: record.source.adapter,
      caller: record.caller.number,
      nodeId: record.nodeId,
      visits: step.happenings.flatMap((h) => (h.kind === 'visit' ? [h.nodeId] : [])),
      status: record.status,
      endReason: record.endReason,
      ...(handled ? { event: handled } : {}),
      commands: step.commands,
    });
    return { reply };
  }

  private remember(id: string, live: LiveSession): void {
    this.live.delete(id);
    this.live.set(id, live);
    if (this.live.size > LIVE_SESSIONS_KEPT) this.live.delete(this.live.keys().next().value!);
  }
}

function replyOf(record: SessionRecord): Reply {
  return {
    sessionId: record.id,
    commands: [],
    ended: record.status !== 'active',
    endReason: record.endReason,
    nodeId: record.nodeId,
    waitingFor: record.waitingFor,
    pending: false,
  };
}
