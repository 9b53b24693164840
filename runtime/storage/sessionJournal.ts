import { mkdir, open, readdir, readFile, rename, writeFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { fileName, matches, summaryOf } from './sessionFiles';
import { SessionRecord, type SessionSummary } from './records';
import type { SessionFilter, SessionStore } from './types';

/** One journal line: the record without its trace, and the trace entries added since the last line. */
interface Line {
  r: Omit<SessionRecord, 'trace'>;
  t: SessionRecord['trace'];
}

const COMPACT_AT_BYTES = 64 * 1024 * 1024;

/**
 * Active sessions are persisted by appending one line per step to a journal, written in one
 * system call for all the steps of a moment (group commit), instead of rewriting a file per
 * step. A line cut short by a crash is ignored on replay. Ended sessions move to a file of their
 * own (sessions/<id>.json), and the journal is compacted to the active sessions on start and
 * whenever it grows large.
 */
export class JournalSessionStore implements SessionStore {
  private readonly active = new Map<string, SessionRecord>();
  /** How much of each active session's trace is already in the journal. */
  private readonly journaled = new Map<string, number>();
  private readonly summaries = new Map<string, SessionSummary>();
  private journal: FileHandle | undefined;
  private journalBytes = 0;
  private waiting: { line: string; done: () => void; failed: (e: unknown) => void }[] = [];
  private chain: Promise<void> = Promise.resolve();
  private scheduled = false;

  constructor(private readonly dir: string) {}

  private get journalPath() {
    return join(this.dir, 'journal.log');
  }

  async load(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    for (const name of await readdir(this.dir)) {
      if (!name.endsWith('.json')) continue;
      try {
        const record = SessionRecord.parse(JSON.parse(await readFile(join(this.dir, name), 'utf8')));
        this.summaries.set(record.id, summaryOf(record));
      } catch (error) {
        console.warn(`skipping damaged session file ${name}: ${(error as Error).message}`);
      }
    }
    await this.replay();
    await this.compact();
  }

  private async replay(): Promise<void> {
    let text = '';
    try {
      text = await readFile(this.journalPath, 'utf8');
    } catch {
      return;
    }
    for (const raw of text.split('\n')) {
      if (raw.trim() === '') continue;
      let line: Line;
      try {
        line = JSON.parse(raw) as Line;
      } catch {
        continue; // the last line of a process killed while writing
      }
      const before = this.active.get(line.r.id)?.trace ?? [];
      const parsed = SessionRecord.safeParse({ ...line.r, trace: [...before, ...line.t] });
      if (!parsed.success) continue;
      const record = parsed.data;
      this.summaries.set(record.id, summaryOf(record));
      if (record.status === 'active') this.active.set(record.id, record);
      else {
        this.active.delete(record.id);
        await this.archive(record);
      }
    }
  }

  /** Rewrites the journal with one line per active session; nothing else may write meanwhile. */
  private compact(): Promise<void> {
    return this.serially(async () => {
      await this.journal?.close();
      const fresh = `${this.journalPath}.tmp`;
      const lines = [...this.active.values()].map((record) => lineOf(record, 0));
      await writeFile(fresh, lines.join(''));
      await rename(fresh, this.journalPath);
      for (const record of this.active.values()) this.journaled.set(record.id, record.trace.length);
      this.journal = await open(this.journalPath, 'a');
      this.journalBytes = lines.reduce((n, l) => n + Buffer.byteLength(l), 0);
    });
  }

  private serially(task: () => Promise<void>): Promise<void> {
    const run = this.chain.then(task);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private append(line: string): Promise<void> {
    return new Promise((done, failed) => {
      this.waiting.push({ line, done, failed });
      if (this.scheduled) return;
      this.scheduled = true;
      // Steps finishing in the same moment share one write.
      setImmediate(() => {
        this.scheduled = false;
        const batch = this.waiting;
        this.waiting = [];
        void this.serially(async () => {
          const data = batch.map((b) => b.line).join('');
          try {
            await this.journal!.write(data);
            this.journalBytes += Buffer.byteLength(data);
            for (const b of batch) b.done();
          } catch (error) {
            for (const b of batch) b.failed(error);
          }
        });
      });
    });
  }

  private async archive(record: SessionRecord): Promise<void> {
    const path = join(this.dir, fileName(record.id));
    await writeFile(`${path}.tmp`, JSON.stringify(record));
    await rename(`${path}.tmp`, path);
  }

  async get(id: string): Promise<SessionRecord | undefined> {
    const active = this.active.get(id);
    if (active) return active;
    if (!this.summaries.has(id)) return undefined;
    try {
      return SessionRecord.parse(JSON.parse(await readFile(join(this.dir, fileName(id)), 'utf8')));
    } catch {
      return undefined;
    }
  }

  async put(record: SessionRecord): Promise<void> {
    const known = this.journaled.get(record.id) ?? 0;
    await this.append(lineOf(record, known <= record.trace.length ? known : 0));
    this.journaled.set(record.id, record.trace.length);
    this.summaries.set(record.id, summaryOf(record));
    if (record.status === 'active') {
      this.active.set(record.id, record);
    } else {
      await this.archive(record);
      this.active.delete(record.id);
      this.journaled.delete(record.id);
    }
    if (this.journalBytes > COMPACT_AT_BYTES) await this.compact();
  }

  async list(filter: SessionFilter = {}): Promise<SessionSummary[]> {
    const all = [...this.summaries.values()].filter((s) => matches(s, filter));
    all.sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : a.id.localeCompare(b.id)));
    return all.slice(0, filter.limit ?? 100);
  }

  async close(): Promise<void> {
    await this.chain;
    await this.journal?.close();
    this.journal = undefined;
  }
}

function lineOf(record: SessionRecord, journaledTrace: number): string {
  const { trace, ...rest } = record;
  return `${JSON.stringify({ r: rest, t: trace.slice(journaledTrace) })}\n`;
}
