import { EventEmitter } from 'node:events';
import { renderTemplate } from '../../dsl/expr';
import type { Command } from '../../dsl/session/commands';
import type { MonitorEvent, MonitorHub } from '../monitor/hub';
import type { Storage } from '../storage/types';
import { agentIn, agentList, agentsIn, AgentStore } from './agents';
import { estimateWaitMinutes } from './estimate';
import { findMatches, lineOrder, serves, type QueueEntry } from './matching';
import type { Assignment, QueueOutcome, QueueStatus, QueueSummary } from './schema';

const PROVIDER_QUEUES = new Set(['twilio', 'jambonz']);

export type Enqueue = Extract<Command, { type: 'enqueue' }>;
export interface QueueChange {
  sessionId: string;
  queue: string;
  outcome: QueueOutcome;
  assignment: Assignment | null;
}
export interface AcdOptions {
  /** Epoch milliseconds; tests move time on. */
  now?: () => number;
}

/** Finished entries stay readable for pollers this long after the session moved on. */
const SETTLED_KEPT = 1_000;
const SERVED_KEPT = 50;

/**
 * The ACD: callers join queues when a session sends `enqueue`, agents are matched to them,
 * and the adapter that owns the call reads the outcome (status / onChange), connects the
 * caller and reports queueResult to the session. Queues live in memory; agents in storage.
 */
export class Acd {
  readonly agents: AgentStore;
  private readonly entries = new Map<string, QueueEntry>();
  private readonly settled = new Map<string, QueueEntry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly served = new Map<string, number[]>();
  private readonly changes = new EventEmitter();
  private readonly now: () => number;
  private readonly since: number;
  private readonly unsubscribe: () => void;
  private matching: Promise<void> = Promise.resolve();

  constructor(
    private readonly storage: Storage,
    monitor: MonitorHub,
    options: AcdOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.since = this.now();
    this.agents = new AgentStore(storage, this.now);
    this.changes.setMaxListeners(0);
    this.unsubscribe = monitor.subscribe((event) => this.observe(event));
  }

  /** Follows sessions: a handled event or the end takes a caller out of its queue; enqueue puts one in. */
  observe(event: MonitorEvent): void {
    if (event.event) this.moveOn(event.sessionId, event.event);
    for (const command of event.commands) {
      // Twilio and jambonz calls wait in the provider's own queue; only calls we bridge ourselves queue here.
      if (command.type === 'enqueue' && !PROVIDER_QUEUES.has(event.adapter)) this.enqueue(event.sessionId, command, Date.parse(event.at) || this.now());
    }
    if (event.status !== 'active') this.moveOn(event.sessionId);
  }

  enqueue(sessionId: string, command: Enqueue, enqueuedAt: number, assignment: Assignment | null = null): void {
    this.moveOn(sessionId);
    this.expireAll();
    const entry: QueueEntry = {
      sessionId,
      queue: command.queue,
      priority: command.priority,
      skills: command.skills,
      maxWait: command.maxWait,
      maxSize: command.maxSize,
      enqueuedAt,
      prompt: command.positionPrompt?.text,
      outcome: assignment ? 'assigned' : 'waiting',
      assignment,
      settledAt: assignment ? this.now() : null,
    };
    const waiting = this.waiting().filter((e) => e.queue === entry.queue).length;
    this.entries.set(sessionId, entry);
    if (assignment) return;
    if (entry.maxSize !== undefined && waiting >= entry.maxSize) return this.settle(entry, 'full');
    const left = entry.maxWait * 1000 - (this.now() - enqueuedAt);
    // Unref'd: a waiting caller must not keep a stopping process alive.
    const timer = setTimeout(() => this.expire(entry), Math.max(0, left));
    timer.unref();
    this.timers.set(sessionId, timer);
    void this.match();
  }

  async status(sessionId: string): Promise<QueueStatus | undefined> {
    this.expireAll();
    const entry = this.entries.get(sessionId) ?? this.settled.get(sessionId);
    if (!entry) return undefined;
    const now = this.now();
    const waiting = entry.outcome === 'waiting';
    const position = waiting ? this.waiting().filter((e) => e.queue === entry.queue).sort(lineOrder).indexOf(entry) + 1 : null;
    const staffed = waiting ? await this.storage.read((data) => agentList(data).filter((a) => a.state !== 'offline' && serves(a, entry)).length) : 0;
    const waitMinutes = position ? estimateWaitMinutes({ position, now, since: this.since, served: this.served.get(entry.queue) ?? [], staffed }) : 0;
    const prompt = position && entry.prompt !== undefined ? announce(entry.prompt, position, waitMinutes) : undefined;
    return {
      sessionId,
      queue: entry.queue,
      position,
      waitSeconds: Math.max(0, Math.floor(((entry.settledAt ?? now) - entry.enqueuedAt) / 1000)),
      waitMinutes,
      outcome: entry.outcome,
      assignment: entry.assignment,
      ...(prompt !== undefined ? { positionPrompt: prompt } : {}),
    };
  }

  async queues(): Promise<QueueSummary[]> {
    this.expireAll();
    const agents = await this.storage.read((data) => agentList(data).map((a) => structuredClone(a)));
    const names = new Set([...this.entries.values(), ...this.settled.values()].map((e) => e.queue));
    for (const agent of agents) agent.queues.forEach((q) => names.add(q));
    const now = this.now();
    return [...names].sort().map((queue) => {
      const waiting = this.waiting().filter((e) => e.queue === queue);
      return {
        queue,
        waiting: waiting.length,
        longestWaitSeconds: Math.floor(Math.max(0, ...waiting.map((e) => now - e.enqueuedAt)) / 1000),
        agentsAvailable: agents.filter((a) => a.state === 'available' && (a.queues.length === 0 || a.queues.includes(queue))).length,
      };
    });
  }

  /** Told whenever a caller is assigned, times out, finds the queue full or leaves. */
  onChange(listener: (change: QueueChange) => void): () => void {
    this.changes.on('change', listener);
    return () => this.changes.off('change', listener);
  }

  /** Gives waiting callers to available agents; runs one at a time. Call after agents change. */
  match(): Promise<void> {
    this.matching = this.matching
      .then(() => this.matchOnce())
      .catch((error: Error) => console.warn(`ACD matching failed: ${error.message}`));
    return this.matching;
  }

  close(): void {
    this.unsubscribe();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.changes.removeAllListeners();
  }

  private async matchOnce(): Promise<void> {
    this.expireAll();
    if (this.waiting().length === 0) return;
    // Reading first spares a write of the studio data when no agent fits.
    const possible = await this.storage.read((data) => findMatches(this.waiting(), agentList(data)).length > 0);
    if (!possible) return;
    const assigned = await this.storage.update((data) => {
      // Decided and applied in one synchronous step, so no caller or agent changes in between.
      const pairs = findMatches(this.waiting(), agentList(data));
      const at = new Date(this.now()).toISOString();
      for (const { entry, agent } of pairs) {
        agentsIn(data)[agent.id] = { ...agent, state: 'busy', sessionId: entry.sessionId, updatedAt: at };
        entry.assignment = { agentId: agent.id, target: structuredClone(agent.target) };
        this.settle(entry, 'assigned', false);
        const served = [...(this.served.get(entry.queue) ?? []), this.now()].slice(-SERVED_KEPT);
        this.served.set(entry.queue, served);
      }
      return pairs.map(({ entry }) => entry);
    });
    for (const entry of assigned) this.emit(entry);
  }

  private waiting(): QueueEntry[] {
    return [...this.entries.values()].filter((e) => e.outcome === 'waiting');
  }

  /** Timers do the work; this catches up when time is read before a timer fired (or a test's clock moved). */
  private expireAll(): void {
    for (const entry of this.waiting()) this.expire(entry, true);
  }

  private expire(entry: QueueEntry, onlyIfDue = false): void {
    if (entry.outcome !== 'waiting') return;
    if (onlyIfDue && this.now() - entry.enqueuedAt < entry.maxWait * 1000) return;
    this.settle(entry, 'timeout');
  }

  private settle(entry: QueueEntry, outcome: QueueOutcome, notify = true): void {
    entry.outcome = outcome;
    entry.settledAt = this.now();
    clearTimeout(this.timers.get(entry.sessionId));
    this.timers.delete(entry.sessionId);
    if (notify) this.emit(entry);
  }

  private emit(entry: QueueEntry): void {
    const change: QueueChange = { sessionId: entry.sessionId, queue: entry.queue, outcome: entry.outcome, assignment: entry.assignment };
    for (const listener of this.changes.listeners('change')) {
      try {
        (listener as (c: QueueChange) => void)(change);
      } catch (error) {
        console.warn(`ACD listener failed: ${(error as Error).message}`);
      }
    }
  }

  /**
   * The session went on (its queue result, a hang-up, the end). An agent the caller was given
   * but never reached (no "answered") is free again, still the longest idle.
   */
  private moveOn(sessionId: string, handled?: { type: string; [key: string]: unknown }): void {
    const entry = this.entries.get(sessionId);
    if (!entry) return;
    this.entries.delete(sessionId);
    if (entry.outcome === 'waiting') this.settle(entry, 'left');
    const answered = handled?.type === 'queueResult' && handled.result === 'answered';
    if (entry.outcome === 'assigned' && entry.assignment && !answered) void this.release(entry.assignment.agentId, sessionId);
    this.settled.delete(sessionId);
    this.settled.set(sessionId, entry);
    if (this.settled.size > SETTLED_KEPT) this.settled.delete(this.settled.keys().next().value!);
  }

  private async release(agentId: string, sessionId: string): Promise<void> {
    await this.storage.update((data) => {
      const agent = agentIn(data, agentId);
      if (agent?.state === 'busy' && agent.sessionId === sessionId) agentsIn(data)[agentId] = { ...agent, state: 'available', sessionId: null };
    });
    await this.match();
  }
}

/** Fills in the announcement; a template that fails to render is not said at all. */
function announce(template: string, position: number, waitMinutes: number): string | undefined {
  try {
    return renderTemplate(template, { queue: { position, waitMinutes } });
  } catch {
    return undefined;
  }
}
