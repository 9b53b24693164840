import type { Command } from '../../../dsl/session/commands';
import type { Acd, QueueChange } from '../../acd/engine';
import type { Assignment } from '../../acd/schema';
import type { Line } from './line';
import type { Prompts } from './prompts';

type Enqueue = Extract<Command, { type: 'enqueue' }>;

export type QueueOutcome = { outcome: 'assigned'; assignment: Assignment } | { outcome: 'timeout' | 'full' };

/** When the ACD does not know the call at all (it never saw the enqueue), the node's maxWait still ends the wait. */
const GUARD_SLACK_MS = 5_000;

/**
 * The caller's time in a queue: hold music, interrupted every announceEvery seconds (and at
 * once) by the ACD's rendered position prompt, until the ACD assigns an agent, times out or
 * finds the queue full. Undefined when the call ends or the session leaves the queue first.
 */
export async function waitInQueue(line: Line, command: Enqueue, sessionId: string, acd: Acd, prompts: Prompts): Promise<QueueOutcome | undefined> {
  const done = new AbortController();
  let result: QueueOutcome | undefined;
  const settle = (change: Pick<QueueChange, 'outcome' | 'assignment'>) => {
    if (done.signal.aborted || change.outcome === 'waiting') return;
    if (change.outcome === 'assigned' && change.assignment) result = { outcome: 'assigned', assignment: change.assignment };
    else if (change.outcome === 'timeout' || change.outcome === 'full') result = { outcome: change.outcome };
    done.abort();
  };
  const stop = acd.onChange((change) => {
    if (change.sessionId === sessionId) settle(change);
  });
  const guard = setTimeout(() => settle({ outcome: 'timeout', assignment: null }), command.maxWait * 1000 + GUARD_SLACK_MS);
  try {
    // The ACD queued the caller (or found the queue full) while the session's step was stored.
    const first = await acd.status(sessionId);
    if (first) settle(first);
    const hold = await prompts.hold(command.holdMusic, line.name);
    const everyMs = command.announceEvery > 0 ? command.announceEvery * 1000 : Infinity;
    let nextAnnouncement = performance.now();
    while (!done.signal.aborted && !line.ended) {
      if (performance.now() >= nextAnnouncement) {
        await announce(line, command, sessionId, acd, prompts, done.signal);
        nextAnnouncement = performance.now() + everyMs;
      }
      const untilAnnouncement = Number.isFinite(nextAnnouncement) ? Math.ceil(Math.max(20, nextAnnouncement - performance.now())) : undefined;
      const signals = [done.signal, ...(untilAnnouncement !== undefined && untilAnnouncement < 2 ** 31 ? [AbortSignal.timeout(untilAnnouncement)] : [])];
      await line.play(hold, AbortSignal.any(signals));
    }
    return line.ended ? undefined : result;
  } finally {
    stop();
    clearTimeout(guard);
  }
}

async function announce(line: Line, command: Enqueue, sessionId: string, acd: Acd, prompts: Prompts, signal: AbortSignal): Promise<void> {
  if (!command.positionPrompt) return;
  const text = (await acd.status(sessionId))?.positionPrompt;
  if (!text || signal.aborted) return;
  const speech = await prompts.speech({ text, locale: command.positionPrompt.locale }, line.name);
  await line.play(speech, signal);
}
