import { appendFile, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionRecord } from './records';
import { JournalSessionStore } from './sessionJournal';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'journal-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const record = (id: string, steps: number, status: SessionRecord['status'] = 'active'): SessionRecord => ({
  id, scenarioId: 's', revision: 1, channel: 'voice', trigger: 'call', caller: { number: '+491' }, called: { number: '+492' },
  source: { adapter: 'native' }, startedAt: '2026-11-23T10:00:00.000Z', updatedAt: '2026-11-23T10:00:00.000Z', endedAt: null,
  status, endReason: status === 'active' ? null : 'completed', nodeId: `n${steps}`, waitingFor: 'input', tags: [], dialogStatus: null,
  visits: Array.from({ length: steps }, (_, i) => `n${i + 1}`),
  trace: Array.from({ length: steps }, (_, i) => ({ at: '2026-11-23T10:00:00.000Z', kind: 'visit' as const, data: { nodeId: `n${i + 1}` } })),
  snapshot: { step: steps }, replies: {}, steps, undelivered: [],
});

describe('the session journal', () => {
  it('gives back every step after a restart, trace included, ignoring a line cut short by a crash', async () => {
    const store = new JournalSessionStore(dir);
    await store.load();
    for (let step = 1; step <= 3; step++) await store.put(record('a', step));
    await store.put(record('b', 1));
    await store.close();
    await appendFile(join(dir, 'journal.log'), '{"r":{"id":"a","stat');

    const again = new JournalSessionStore(dir);
    await again.load();
    expect(await again.get('a')).toEqual(record('a', 3));
    expect(await again.get('b')).toEqual(record('b', 1));
    expect((await again.list()).map((s) => s.id).sort()).toEqual(['a', 'b']);
    await again.close();
  });

  it('moves an ended session to a file of its own and compacts the journal to the active ones', async () => {
    const store = new JournalSessionStore(dir);
    await store.load();
    await store.put(record('done', 1));
    await store.put(record('done', 2, 'ended'));
    await store.put(record('live', 1));
    await store.close();
    expect(await readdir(dir)).toContain('done.json');

    const again = new JournalSessionStore(dir);
    await again.load();
    const journal = await readFile(join(dir, 'journal.log'), 'utf8');
    expect(journal.trim().split('\n')).toHaveLength(1);
    expect(await again.get('done')).toEqual(record('done', 2, 'ended'));
    expect((await again.list({ status: 'ended' })).map((s) => s.id)).toEqual(['done']);
    await again.close();
  });

  it('writes the steps of many sessions finishing together in one go, each durable when put resolves', async () => {
    const store = new JournalSessionStore(dir);
    await store.load();
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.put(record(`s${i}`, 1))));
    const lines = (await readFile(join(dir, 'journal.log'), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(50);
    await store.close();
  });
});
