import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { postJson } from './support/server';
import { exited, startRuntimeProcess } from './support/process';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('a runtime killed in the middle of a call', () => {
  it('continues the call after a restart, exactly where it was', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'callflow-kill-'));
    dirs.push(dataDir);
    const first = await startRuntimeProcess({ DATA_DIR: dataDir });
    const started = await postJson(`${first.url}/api/calls`, { binding: { kind: 'number', address: 'multilingual-menu' }, from: '+352123' });
    const id = started.body.sessionId;
    const french = await postJson(`${first.url}/api/calls/${id}/events`, { type: 'digits', digits: '2' });
    expect(french.body.nodeId).toBe('mainMenu');

    first.child.kill('SIGKILL');
    await exited(first.child);

    const second = await startRuntimeProcess({ DATA_DIR: dataDir });
    try {
      const billing = await postJson(`${second.url}/api/calls/${id}/events`, { type: 'digits', digits: '2' });
      expect(billing.status).toBe(200);
      expect(billing.body.commands[0]).toMatchObject({ type: 'say', locale: 'fr-FR' });
      const answered = await postJson(`${second.url}/api/calls/${id}/events`, { type: 'transferResult', result: 'answered' });
      expect(answered.body.ended).toBe(true);
      const stored = JSON.parse(await readFile(join(dataDir, 'sessions', `${id}.json`), 'utf8'));
      expect(stored.visits).toEqual(['start', 'languageMenu', 'useFrench', 'mainMenu', 'billingTeam', 'endAfterTransfer']);
      const examples = await fetch(`${second.url}/api/scenarios`).then((r) => r.json());
      expect(examples).toHaveLength(8);
    } finally {
      second.child.kill('SIGTERM');
      expect(await exited(second.child)).toBe(0);
    }
  });
});
