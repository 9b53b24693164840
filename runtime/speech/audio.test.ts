import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AudioFiles } from './audio';
import { runCommand, type CommandRunner } from './process';

let root: string;
let prompts: string;
let cacheDir: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'callflow-audio-test-'));
  prompts = join(root, 'prompts');
  cacheDir = join(root, 'cache');
  await mkdir(prompts);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Half a second of a 440 Hz tone at CD quality, stereo: nothing like telephone audio yet. */
async function tone(file: string): Promise<void> {
  const result = await runCommand('sox', ['-n', '-r', '44100', '-c', '2', file, 'synth', '0.5', 'sine', '440'], { timeoutMs: 30_000 });
  if (result.code !== 0) throw new Error(result.stderr);
}

function countingRunner(): { runner: CommandRunner; count: () => number } {
  let count = 0;
  return { count: () => count, runner: (c, a, o) => (count++, runCommand(c, a, o)) };
}

describe('AudioFiles', () => {
  it('converts a 44.1 kHz stereo WAV to 8 kHz mono', async () => {
    await tone(join(prompts, 'welcome.wav'));
    const pcm = await new AudioFiles({ baseDir: prompts, cacheDir }).load('welcome.wav');
    expect(pcm.length).toBe(4000);
    expect(Math.max(...pcm)).toBeGreaterThan(10_000);
  });

  it('converts an MP3 (decoders pad it a little)', async () => {
    await mkdir(join(prompts, 'music'));
    await tone(join(prompts, 'music', 'hold.mp3'));
    const pcm = await new AudioFiles({ baseDir: prompts, cacheDir }).load('music/hold.mp3');
    expect(pcm.length).toBeGreaterThan(3900);
    expect(pcm.length).toBeLessThan(4800);
  });

  it('converts once, then serves from memory and, in a new instance, from disk', async () => {
    await tone(join(prompts, 'welcome.wav'));
    const { runner, count } = countingRunner();
    const files = new AudioFiles({ baseDir: prompts, cacheDir, runner });
    const first = await files.load('welcome.wav');
    expect(await files.load('./welcome.wav')).toEqual(first);
    expect(await new AudioFiles({ baseDir: prompts, cacheDir, runner }).load(join(prompts, 'welcome.wav'))).toEqual(first);
    expect(count()).toBe(1);
  });

  it('converts again when the file is replaced', async () => {
    const file = join(prompts, 'welcome.wav');
    await tone(file);
    const files = new AudioFiles({ baseDir: prompts, cacheDir });
    expect(await files.load('welcome.wav')).toHaveLength(4000);
    await runCommand('sox', ['-n', '-r', '16000', file, 'synth', '1', 'sine', '300'], { timeoutMs: 30_000 });
    expect(await files.load('welcome.wav')).toHaveLength(8000);
  });

  it('accepts file: URLs inside the folder', async () => {
    await tone(join(prompts, 'welcome.wav'));
    const pcm = await new AudioFiles({ baseDir: prompts, cacheDir }).load(pathToFileURL(join(prompts, 'welcome.wav')).href);
    expect(pcm).toHaveLength(4000);
  });

  it('refuses paths that leave the folder, by ../, absolute path or symbolic link', async () => {
    await tone(join(root, 'secret.wav'));
    await symlink(join(root, 'secret.wav'), join(prompts, 'link.wav'));
    const files = new AudioFiles({ baseDir: prompts, cacheDir });
    await expect(files.load('../secret.wav')).rejects.toThrow(/"..\/secret.wav" is outside the audio folder .*; refused/);
    await expect(files.load(join(root, 'secret.wav'))).rejects.toThrow(/outside the audio folder/);
    await expect(files.load('link.wav')).rejects.toThrow(/outside the audio folder/);
    await expect(files.load(pathToFileURL(join(root, 'secret.wav')).href)).rejects.toThrow(/outside the audio folder/);
  });

  it('refuses URLs other than files, saying so', async () => {
    const files = new AudioFiles({ baseDir: prompts, cacheDir });
    await expect(files.load('https://example.com/welcome.mp3')).rejects.toThrow(/is a URL; only files under the audio folder/);
  });

  it('names the file when it is missing, a folder, or broken audio', async () => {
    await writeFile(join(prompts, 'broken.wav'), 'RIFF this is not audio at all');
    await writeFile(join(prompts, 'empty.mp3'), '');
    await mkdir(join(prompts, 'folder.wav'));
    const files = new AudioFiles({ baseDir: prompts, cacheDir });
    await expect(files.load('missing.wav')).rejects.toThrow(/"missing.wav" not found/);
    await expect(files.load('folder.wav')).rejects.toThrow(/"folder.wav" is not a file/);
    await expect(files.load('broken.wav')).rejects.toThrow(/audio file "broken.wav" could not be converted \(sox exited with 2\): .+/);
    await expect(files.load('empty.mp3')).rejects.toThrow(/audio file "empty.mp3" (could not be converted|contains no audio)/);
  });
});
