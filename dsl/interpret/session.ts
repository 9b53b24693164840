import { createActor, createMachine, type Snapshot } from 'xstate';
import type { CompiledScenario } from '../compile';
import { WAIT_TAGS } from '../compile/config';
import type { Command } from '../session/commands';
import { SessionContext } from '../session/context';
import type { CallerEvent, StartEvent } from '../session/events';
import { behaviours } from './behaviours';
import { runEffect, type EffectResult } from './effects';
import type { Providers } from './providers';

/** What happened in one step, in order. */
export type Happening =
  | { kind: 'event'; event: StartEvent | CallerEvent }
  | { kind: 'visit'; nodeId: string; nodeKind: string }
  | { kind: 'command'; command: Command }
  | { kind: 'effect'; result: EffectResult };

export type Waiting = 'input' | 'transfer' | 'queue' | 'recording' | 'effect';

export interface Step {
  /** Commands for the channel, in order. */
  commands: Command[];
  happenings: Happening[];
  /** The node the session is at now (prefixed by subflow node ids inside subflows). */
  nodeId: string | null;
  ended: boolean;
  endReason: string | null;
  waitingFor: Waiting | null;
  /** The machine failed; the session is over. */
  error?: string;
}

export interface SessionOptions {
  /** A snapshot from `session.snapshot()` to continue from. */
  snapshot?: unknown;
  /** Effects run per step at most, so a scenario that calls a CRM in a loop cannot spin forever. */
  maxEffectsPerStep?: number;
  /** Told of each happening as it happens, e.g. to deliver a hold prompt before a slow request ends. */
  onHappening?: (happening: Happening) => void;
}

export class SessionError extends Error {}

export interface Session {
  start(event: StartEvent): Promise<Step>;
  send(event: CallerEvent): Promise<Step>;
  /** Runs an effect left pending in a restored snapshot (the process stopped while it ran). */
  resume(): Promise<Step>;
  /** Whether the session, where it stands, would react to the event. */
  accepts(event: CallerEvent): boolean;
  /** JSON to store after each step; pass it as `snapshot` to continue elsewhere. */
  snapshot(): unknown;
  context(): SessionContext;
  readonly ended: boolean;
}

export function createSession(compiled: CompiledScenario, providers: Providers = {}, options: SessionOptions = {}): Session {
  const machine = createMachine(compiled.machine as never).provide(behaviours(providers.now ?? (() => new Date())) as never);
  if (options.snapshot !== undefined) checkSnapshot(options.snapshot);
  const actor = createActor(machine, options.snapshot !== undefined ? { snapshot: options.snapshot as Snapshot<unknown> } : {});
  let happenings: Happening[] = [];
  const happen = (h: Happening) => {
    happenings.push(h);
    options.onHappening?.(h);
  };
  actor.on('command', (e) => happen({ kind: 'command', command: (e as unknown as { command: Command }).command }));
  actor.on('visit', (e) => {
    const { nodeId, kind } = e as unknown as { nodeId: string; kind: string };
    happen({ kind: 'visit', nodeId, nodeKind: kind });
  });
  // The machine's own failures surface through the snapshot's status, not as thrown errors.
  actor.subscribe({ error: () => {} });
  actor.start();
  const limit = options.maxEffectsPerStep ?? 100;

  const snap = () => actor.getSnapshot() as unknown as {
    status: 'active' | 'done' | 'error' | 'stopped';
    context: SessionContext;
    error?: unknown;
    hasTag(tag: string): boolean;
    can(event: unknown): boolean;
  };

  async function step(event: StartEvent | CallerEvent | null): Promise<Step> {
    happenings = [];
    if (snap().status !== 'active') throw new SessionError('the session has ended');
    if (event) {
      happen({ kind: 'event', event });
      actor.send(event as never);
    }
    for (let effects = 0; snap().status === 'active' && snap().context.pending; effects++) {
      if (effects >= limit) {
        actor.stop();
        return result(`more than ${limit} automatic requests without the caller; the session was stopped`);
      }
      const answer = await runEffect(snap().context.pending!, providers);
      happen({ kind: 'effect', result: answer });
      actor.send(answer as never);
    }
    return result();
  }

  function result(error?: string): Step {
    const s = snap();
    const failure = error ?? (s.status === 'error' ? String((s.error as Error | undefined)?.message ?? s.error) : undefined);
    const all = happenings;
    return {
      commands: all.flatMap((h) => (h.kind === 'command' ? [h.command] : [])),
      happenings: all,
      nodeId: s.context.node,
      ended: s.status !== 'active',
      endReason: s.context.endReason ?? (failure ? 'error' : null),
      waitingFor: s.status === 'active' ? waitingFor(s) : null,
      ...(failure ? { error: failure } : {}),
    };
  }

  return {
    start: (event) => step(event),
    send: (event) => step(event),
    resume: () => step(null),
    accepts: (event) => snap().status === 'active' && snap().can(event),
    snapshot: () => actor.getPersistedSnapshot(),
    context: () => snap().context,
    get ended() {
      return snap().status !== 'active';
    },
  };
}

function waitingFor(s: { hasTag(tag: string): boolean }): Waiting | null {
  for (const [what, tag] of Object.entries(WAIT_TAGS)) if (s.hasTag(tag)) return what as Waiting;
  return null;
}

/** A stored snapshot comes from outside (a database, a file): check it before trusting it. */
function checkSnapshot(snapshot: unknown): void {
  const context = (snapshot as { context?: unknown } | null)?.context;
  const parsed = SessionContext.safeParse(context);
  if (!parsed.success) throw new SessionError(`the stored session is damaged: ${parsed.error.issues[0]?.message ?? 'bad context'}`);
}

