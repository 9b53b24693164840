import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PcmCache, cacheKey } from './cache';
import { firstLine, runCommand, type CommandRunner } from './process';
import { RAW_8K, pcmFromBytes } from './pcm';

export interface AudioFilesOptions {
  /** Prompts are looked up here; nothing outside it is ever read. */
  baseDir: string;
  cacheDir: string;
  memoryBytes?: number;
  timeoutMs?: number;
  runner?: CommandRunner;
}

const URL_SCHEME = /^[a-z][a-z0-9+.-]+:/i;

/** Audio-file prompts (WAV, MP3, anything sox reads) converted once to 8 kHz mono telephone audio. */
export class AudioFiles {
  private readonly cache: PcmCache;
  private readonly run: CommandRunner;
  private readonly timeoutMs: number;

  constructor(private readonly options: AudioFilesOptions) {
    this.cache = new PcmCache({ dir: options.cacheDir, memoryBytes: options.memoryBytes });
    this.run = options.runner ?? runCommand;
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  async load(pathOrFile: string): Promise<Int16Array> {
    const file = await this.resolveInside(pathOrFile);
    const info = await stat(file);
    if (!info.isFile()) throw new Error(`audio ${JSON.stringify(pathOrFile)} is not a file`);
    // Size and mtime in the key: replacing a prompt file converts it again instead of playing the old one.
    const key = cacheKey('file', file, String(info.size), String(info.mtimeMs));
    return this.cache.get(key, () => this.convert(file, pathOrFile));
  }

  private async resolveInside(pathOrFile: string): Promise<string> {
    let path = pathOrFile;
    if (path.startsWith('file:')) path = fileURLToPath(path);
    else if (URL_SCHEME.test(path)) {
      throw new Error(`audio ${JSON.stringify(pathOrFile)} is a URL; only files under the audio folder can be played`);
    }
    const base = await realpath(this.options.baseDir);
    let file: string;
    try {
      // realpath also follows symbolic links, so a link pointing out of the folder is caught below.
      file = await realpath(resolve(base, path));
    } catch {
      throw new Error(`audio file ${JSON.stringify(pathOrFile)} not found in ${base}`);
    }
    const inside = relative(base, file);
    if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      throw new Error(`audio ${JSON.stringify(pathOrFile)} is outside the audio folder ${base}; refused`);
    }
    return file;
  }

  private async convert(file: string, name: string): Promise<Int16Array> {
    const args = ['-D', file, ...RAW_8K, '-'];
    const result = await this.run('sox', args, { timeoutMs: this.timeoutMs }).catch((error: Error) => {
      throw new Error(`audio file ${JSON.stringify(name)} could not be converted: ${error.message}`);
    });
    if (result.code !== 0) {
      throw new Error(`audio file ${JSON.stringify(name)} could not be converted (sox exited with ${result.code}): ${firstLine(result.stderr)}`);
    }
    if (result.stdout.length < 2) throw new Error(`audio file ${JSON.stringify(name)} contains no audio`);
    return pcmFromBytes(result.stdout);
  }
}
