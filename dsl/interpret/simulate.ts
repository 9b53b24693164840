import type { CompiledScenario } from '../compile';
import type { Channel } from '../schema/document';
import type { StartEvent } from '../session/events';
import type { Trigger } from '../nodes/start';
import type { Providers } from './providers';
import { parseScriptEntry, ScriptError } from './script';
import { createSession, type Happening, type Step } from './session';
import { transcriptLines } from './transcript';

/** A canned answer for an http node: a response, or a timeout or network error. */
export type HttpMock = { status: number; body?: unknown; headers?: Record<string, string> } | 'timeout' | 'error';

export interface SimulateOptions {
  channel?: Channel;
  trigger?: Trigger;
  caller?: string;
  called?: string;
  locale?: string;
  /** The clock for business hours, e.g. "2026-11-23T10:00:00+01:00". */
  now?: string;
  vars?: Record<string, unknown>;
  /** Responses per http node id (the plain id, or the prefixed one inside a subflow). */
  http?: Record<string, HttpMock>;
  /** Used for http nodes without a mock; without it they take their error port. */
  providers?: Providers;
}

export interface SimulationResult {
  transcript: string[];
  /** Node ids in the order the session entered them. */
  path: string[];
  ended: boolean;
  endReason: string | null;
  /** Why the script does not fit the flow. */
  error?: string;
  vars: Record<string, unknown>;
}

const DEFAULT_TRIGGER: Record<Channel, Trigger> = { voice: 'call', chat: 'chat', sms: 'sms' };
const WAITING: Record<string, string> = {
  input: 'the caller (keys, speech or text)',
  transfer: 'the transfer result (transfer:answered|busy|noAnswer|failed)',
  queue: 'the queue result (queue:answered|timeout|full)',
  recording: 'the end of the recording (recording)',
  effect: 'a request to finish',
};


/** Runs a scripted caller through a scenario: what a test, the CLI and the studio use to try a flow. */
export async function simulate(compiled: CompiledScenario, script: string[], options: SimulateOptions = {}): Promise<SimulationResult> {
  const channel = options.channel ?? (compiled.channels[0] as Channel | undefined) ?? 'voice';
  const mocks = options.http ?? {};
  const providers: Providers = {
    ...options.providers,
    now: options.now ? () => new Date(options.now!) : (options.providers?.now ?? (() => new Date())),
    http: async (request, { signal, nodeId }) => {
      const mock = mocks[nodeId] ?? mocks[nodeId.split('~').pop()!];
      if (mock === undefined) {
        if (options.providers?.http) return options.providers.http(request, { signal, nodeId });
        throw new Error(`no mock response for http node ${nodeId}`);
      }
      if (mock === 'error') throw new Error('connection refused (mock)');
      if (mock === 'timeout') throw Object.assign(new Error('no answer (mock)'), { name: 'TimeoutError' });
      return { status: mock.status, body: mock.body ?? null, headers: mock.headers ?? {} };
    },
  };
  const session = createSession(compiled, providers);
  const happenings: Happening[] = [];
  const path: string[] = [];
  const record = (step: Step) => {
    happenings.push(...step.happenings);
    for (const h of step.happenings) if (h.kind === 'visit') path.push(h.nodeId);
    return step;
  };
  const start: StartEvent = {
    type: 'start',
    sessionId: 'simulation',
    trigger: options.trigger ?? DEFAULT_TRIGGER[channel],
    channel,
    caller: { number: options.caller ?? '+4930123456789' },
    called: { number: options.called ?? '+498001234567' },
    ...(options.locale ? { locale: options.locale } : {}),
    vars: options.vars ?? {},
    startedAt: options.now ?? '2026-01-01T00:00:00.000Z',
  };
  let step = record(await session.start(start));
  let error: string | undefined = step.error;
  for (let i = 0; i < script.length && !error; i++) {
    const entry = script[i]!;
    if (step.ended) {
      error = `the session ended at ${step.nodeId ?? 'the start'} (${step.endReason}) but the script goes on with "${entry}" (step ${i + 1})`;
      break;
    }
    let event;
    try {
      event = parseScriptEntry(entry);
    } catch (e) {
      error = `step ${i + 1}: ${(e as ScriptError).message}`;
      break;
    }
    if (!session.accepts(event)) {
      error = `step ${i + 1} "${entry}": at ${step.nodeId} the session waits for ${WAITING[step.waitingFor ?? ''] ?? 'nothing'}`;
      break;
    }
    step = record(await session.send(event));
    error = step.error;
  }
  if (!error && !step.ended) {
    error = `the script ended while the session waits at ${step.nodeId} for ${WAITING[step.waitingFor ?? ''] ?? 'nothing'}`;
  }
  return {
    transcript: transcriptLines(happenings),
    path,
    ended: step.ended,
    endReason: step.endReason,
    ...(error ? { error } : {}),
    vars: session.context().vars,
  };
}
