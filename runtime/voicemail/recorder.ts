import { randomUUID } from 'node:crypto';
import type { Command } from '../../dsl/session/commands';
import type { MonitorEvent, MonitorHub } from '../monitor/hub';
import type { TraceEntry } from '../storage/records';
import type { Storage } from '../storage/types';
import { Mailboxes } from './mailboxes';

type RecordMessage = Extract<Command, { type: 'recordMessage' }>;

/**
 * The recordMessage command that a recordingDone event (handled at `at`) answers: the one sent
 * since the event before. A recording of the whole call (the record node) leaves no message.
 */
export function recordedMessage(trace: TraceEntry[], at: string): RecordMessage | undefined {
  const done = trace.findLastIndex((e) => e.kind === 'event' && e.at === at && e.data.type === 'recordingDone');
  for (let i = done - 1; i >= 0 && trace[i]!.kind !== 'event'; i--) {
    const entry = trace[i]!;
    if (entry.kind === 'command' && entry.data.type === 'recordMessage') return entry.data as unknown as RecordMessage;
  }
  return undefined;
}

/**
 * Files voicemail messages: watches sessions handle a recordingDone event and stores the
 * recording in the mailbox the voicemail node asked for. Runs beside the call, never in its way.
 */
export class VoicemailRecorder {
  private readonly pending = new Set<Promise<void>>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly storage: Storage,
    monitor: MonitorHub,
    private readonly mailboxes = new Mailboxes(storage),
  ) {
    this.unsubscribe = monitor.subscribe((event) => {
      if (event.event?.type !== 'recordingDone') return;
      const work = this.file(event)
        .catch((error: Error) => console.warn(`voicemail of session ${event.sessionId} not stored: ${error.message}`))
        .finally(() => this.pending.delete(work));
      this.pending.add(work);
    });
  }

  private async file(event: MonitorEvent): Promise<void> {
    const record = await this.storage.sessions.get(event.sessionId);
    if (!record) return;
    const command = recordedMessage(record.trace, event.at);
    if (!command) return;
    const recording = event.event as { url?: unknown; duration?: unknown; transcript?: unknown };
    await this.mailboxes.add({
      id: randomUUID(),
      mailbox: command.mailbox,
      sessionId: record.id,
      scenarioId: record.scenarioId,
      caller: record.caller.number,
      at: event.at,
      url: typeof recording.url === 'string' ? recording.url : null,
      duration: typeof recording.duration === 'number' ? recording.duration : null,
      transcript: typeof recording.transcript === 'string' ? recording.transcript : null,
      notify: command.notify ?? null,
      read: false,
    });
  }

  /** Stops listening and waits for messages being filed, so nothing is written after storage closes. */
  async close(): Promise<void> {
    this.unsubscribe();
    await Promise.all([...this.pending]);
  }
}
