import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PcmCache } from './cache';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'callflow-cache-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('PcmCache', () => {
  it('keeps the most recently used audio in memory within its byte cap, the rest on disk', async () => {
    const cache = new PcmCache({ dir, memoryBytes: 2 * 2000 });
    const renders: string[] = [];
    const render = (key: string) => async () => (renders.push(key), new Int16Array(1000).fill(key.charCodeAt(0)));
    await cache.get('a', render('a'));
    await cache.get('b', render('b'));
    await cache.get('a', render('a')); // a is now the most recent
    await cache.get('c', render('c')); // over the cap: b leaves memory
    await rm(cache.fileFor('a'));
    await rm(cache.fileFor('b'));
    expect((await cache.get('a', render('a')))[0]).toBe('a'.charCodeAt(0));
    expect((await cache.get('b', render('b')))[0]).toBe('b'.charCodeAt(0));
    expect(renders).toEqual(['a', 'b', 'c', 'b']);
  });

  it('does not remember a failed render', async () => {
    const cache = new PcmCache({ dir });
    await expect(cache.get('x', () => Promise.reject(new Error('espeak-ng broke')))).rejects.toThrow('espeak-ng broke');
    expect(await cache.get('x', async () => new Int16Array([1, 2]))).toEqual(new Int16Array([1, 2]));
  });
});
