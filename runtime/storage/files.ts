import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { JournalSessionStore } from './sessionJournal';
import type { Storage, StudioData } from './types';

export { fileName, matches, summaryOf } from './sessionFiles';

const emptyData = (): StudioData => ({ scenarios: {}, revisions: {}, bindings: [], extra: {} });

/** The embedded default: lowdb JSON files in a data folder. */
export async function openFileStorage(dataDir: string): Promise<Storage> {
  await mkdir(dataDir, { recursive: true });
  const db = new Low<StudioData>(new JSONFile(join(dataDir, 'studio.json')), emptyData());
  await db.read();
  db.data = { ...emptyData(), ...db.data };
  const sessions = new JournalSessionStore(join(dataDir, 'sessions'));
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
      await sessions.close();
    },
  };
}
