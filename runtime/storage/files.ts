import { mkdir, readdir, readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { SessionRecord, type SessionSummary } from './records';
import type { SessionFilter, SessionStore, Storage, StudioData } from './types';

/** Ids chosen by telephony providers can hold anything; unusual ones are hashed into a file name. */
export function fileName(id: string): string {
  return /^[A-Za-z0-9_-]{1,120}$/.test(id) ? `${id}.json` : `h-${createHash('sha256').update(id).digest('hex')}.json`;
}

const emptyData = (): StudioData => ({ scenarios: {}, revisions: {}, bindings: [], extra: {} });

export function summaryOf(record: SessionRecord): SessionSummary {
  const { trace: _trace, snapshot: _snapshot, replies: _replies, undelivered: _undelivered, ...summary } = record;
  return summary;
}

export function matches(summary: SessionSummary, filter: SessionFilter): boolean {
  return (
    (!filter.from || summary.startedAt >= filter.from) &&
    (!filter.to || summary.startedAt <= filter.to) &&
    (!filter.status || summary.status === filter.status) &&
    (!filter.scenarioId || summary.scenarioId === filter.scenarioId) &&
    (!filter.tag || summary.tags.includes(filter.tag))
  );
}

/**
 * Sessions live one file each (DATA_DIR/sessions/<id>.json), written atomically by lowdb's
 * steno writer, so persisting a step costs one small file no matter how many calls run.
 * Summaries stay in memory for listing.
 */
class FileSessionStore implements SessionStore {
  private readonly summaries = new Map<string, SessionSummary>();
  private readonly files = new Map<string, Low<SessionRecord | null>>();

  constructor(private readonly dir: string) {}

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
  }

  private file(id: string): Low<SessionRecord | null> {
    let db = this.files.get(id);
    if (!db) {
      db = new Low<SessionRecord | null>(new JSONFile(join(this.dir, fileName(id))), null);
      this.files.set(id, db);
    }
    return db;
  }

  async get(id: string): Promise<SessionRecord | undefined> {
    if (!this.summaries.has(id)) return undefined;
    const db = this.file(id);
    if (db.data === null) await db.read();
    const parsed = SessionRecord.safeParse(db.data);
    return parsed.success ? parsed.data : undefined;
  }

  async put(record: SessionRecord): Promise<void> {
    const db = this.file(record.id);
    db.data = record;
    await db.write();
    this.summaries.set(record.id, summaryOf(record));
    // Ended sessions are read rarely; keep no handle open for them.
    if (record.status !== 'active') this.files.delete(record.id);
  }

  async list(filter: SessionFilter = {}): Promise<SessionSummary[]> {
    const all = [...this.summaries.values()].filter((s) => matches(s, filter));
    all.sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : a.id.localeCompare(b.id)));
    return all.slice(0, filter.limit ?? 100);
  }
}

/** The embedded default: lowdb JSON files in a data folder. */
export async function openFileStorage(dataDir: string): Promise<Storage> {
  await mkdir(dataDir, { recursive: true });
  const db = new Low<StudioData>(new JSONFile(join(dataDir, 'studio.json')), emptyData());
  await db.read();
  db.data = { ...emptyData(), ...db.data };
  const sessions = new FileSessionStore(join(dataDir, 'sessions'));
  await sessions.load();
  let queue: Promise<unknown> = Promise.resolve();
  return {
    read: async (fn) => fn(db.data),
    update(fn) {
      const run = queue.then(async () => {
        const result = fn(db.data);
        await db.write();
        return result;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    sessions,
    close: async () => {
      await queue;
    },
  };
}
