import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bytesFromPcm, pcmFromBytes } from './pcm';

export interface PcmCacheOptions {
  dir: string;
  /** Memory kept for the most recently used renders; older ones are read back from disk. */
  memoryBytes?: number;
}

export function cacheKey(...parts: string[]): string {
  return createHash('sha256').update(parts.join('|')).digest('hex');
}

/**
 * Rendered or converted audio, on disk (survives restarts) and in a byte-capped LRU in memory.
 * Concurrent requests for one key share a single render.
 */
export class PcmCache {
  private readonly memory = new Map<string, Int16Array>();
  private readonly pending = new Map<string, Promise<Int16Array>>();
  private memoryUsed = 0;
  private readonly memoryBytes: number;

  constructor(private readonly options: PcmCacheOptions) {
    this.memoryBytes = options.memoryBytes ?? 32 * 1024 * 1024;
  }

  fileFor(key: string): string {
    return join(this.options.dir, `${key}.raw`);
  }

  /** Callers get their own copy: a player that changes samples must not change the next call's prompt. */
  async get(key: string, render: () => Promise<Int16Array>): Promise<Int16Array> {
    const hit = this.memory.get(key);
    if (hit) {
      this.memory.delete(key);
      this.memory.set(key, hit);
      return hit.slice();
    }
    let inFlight = this.pending.get(key);
    if (!inFlight) {
      inFlight = this.load(key, render).finally(() => this.pending.delete(key));
      this.pending.set(key, inFlight);
    }
    return (await inFlight).slice();
  }

  private async load(key: string, render: () => Promise<Int16Array>): Promise<Int16Array> {
    const file = this.fileFor(key);
    let pcm: Int16Array;
    try {
      pcm = pcmFromBytes(await readFile(file));
    } catch {
      pcm = await render();
      await mkdir(this.options.dir, { recursive: true });
      // Write then rename: another process reading the cache never sees half a file.
      const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
      await writeFile(partial, bytesFromPcm(pcm));
      await rename(partial, file);
    }
    this.remember(key, pcm);
    return pcm;
  }

  private remember(key: string, pcm: Int16Array): void {
    const previous = this.memory.get(key);
    if (previous) {
      this.memory.delete(key);
      this.memoryUsed -= previous.byteLength;
    }
    if (pcm.byteLength > this.memoryBytes) return;
    this.memory.set(key, pcm);
    this.memoryUsed += pcm.byteLength;
    for (const [oldKey, old] of this.memory) {
      if (this.memoryUsed <= this.memoryBytes) break;
      this.memory.delete(oldKey);
      this.memoryUsed -= old.byteLength;
    }
  }
}
