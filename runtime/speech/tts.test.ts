import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCommand, type CommandRunner } from './process';
import { EspeakTts, voiceFor } from './tts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'callflow-tts-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function countingRunner(): { runner: CommandRunner; commands: string[] } {
  const commands: string[] = [];
  return { commands, runner: (command, args, options) => (commands.push(command), runCommand(command, args, options)) };
}

/** Sample count and rate espeak-ng itself produces, read from its WAV header. */
async function nativeLength(text: string, voice: string): Promise<number> {
  const wav = (await runCommand('espeak-ng', ['-v', voice, '--stdin', '--stdout'], { input: Buffer.from(text), timeoutMs: 30_000 })).stdout;
  return (wav.length - 44) / 2 / wav.readUInt32LE(24);
}

describe('EspeakTts', () => {
  it('renders a prompt as 8 kHz telephone audio of the same length espeak-ng speaks it', async () => {
    const tts = new EspeakTts({ cacheDir: dir });
    const pcm = await tts.synthesize('Welcome to the bank. Please choose an option.', { locale: 'en-US' });
    const seconds = await nativeLength('Welcome to the bank. Please choose an option.', 'en-us');
    expect(pcm.length / 8000).toBeCloseTo(seconds, 1);
    expect(Math.max(...pcm.map(Math.abs))).toBeGreaterThan(3000);
  });

  it('renders each text once: the second request, and a new instance on the same folder, start no process', async () => {
    const { runner, commands } = countingRunner();
    const first = await new EspeakTts({ cacheDir: dir, runner }).synthesize('Your balance is low', { locale: 'en' });
    expect(commands).toEqual(['espeak-ng', 'sox']);
    const tts = new EspeakTts({ cacheDir: dir, runner });
    const again = await tts.synthesize('Your balance is low', { locale: 'en' });
    const third = await tts.synthesize('Your balance is low', { locale: 'en' });
    expect(commands).toHaveLength(2);
    expect(again).toEqual(first);
    expect(third).toEqual(first);
    expect((await readdir(dir)).filter((f) => f.endsWith('.raw'))).toHaveLength(1);
  });

  it('shares one render between concurrent requests for the same text', async () => {
    const { runner, commands } = countingRunner();
    const tts = new EspeakTts({ cacheDir: dir, runner });
    const all = await Promise.all([1, 2, 3].map(() => tts.synthesize('Please hold the line', { locale: 'en' })));
    expect(commands).toEqual(['espeak-ng', 'sox']);
    expect(all[1]).toEqual(all[0]);
  });

  it('gives each caller its own copy, so changing one does not change the cache', async () => {
    const tts = new EspeakTts({ cacheDir: dir });
    const first = await tts.synthesize('Goodbye', { locale: 'en' });
    const original = first.slice();
    first.fill(0);
    expect(await tts.synthesize('Goodbye', { locale: 'en' })).toEqual(original);
  });

  it('speaks the same text differently per locale, each cached apart', async () => {
    const tts = new EspeakTts({ cacheDir: dir });
    const german = await tts.synthesize('Hallo Anna', { locale: 'de-DE' });
    const french = await tts.synthesize('Hallo Anna', { locale: 'fr' });
    const english = await tts.synthesize('Hallo Anna', { locale: 'en-GB' });
    expect(german).not.toEqual(french);
    expect(german).not.toEqual(english);
    expect(french).not.toEqual(english);
    expect((await readdir(dir)).filter((f) => f.endsWith('.raw'))).toHaveLength(3);
  });

  it('keeps the cache on disk as raw 16-bit samples', async () => {
    const pcm = await new EspeakTts({ cacheDir: dir }).synthesize('one', { locale: 'en' });
    const [file] = await readdir(dir);
    expect((await readFile(join(dir, file ?? ''))).length).toBe(pcm.length * 2);
  });

  it('names the text and the command when espeak-ng is missing', async () => {
    const runner: CommandRunner = (command, args, options) =>
      runCommand(command === 'espeak-ng' ? 'espeak-ng-not-installed' : command, args, options);
    const tts = new EspeakTts({ cacheDir: dir, runner });
    await expect(tts.synthesize('Please enter your account number now', { locale: 'en' })).rejects.toThrow(
      /TTS of "Please enter your account number now" failed: espeak-ng -v en-us --stdin --stdout: .*ENOENT/,
    );
  });

  it('reports a voice espeak-ng does not have, and refuses voice names that look like options', async () => {
    const tts = new EspeakTts({ cacheDir: dir, voices: { xx: 'nosuchvoice' } });
    await expect(tts.synthesize('hello', { locale: 'xx' })).rejects.toThrow(/espeak-ng -v nosuchvoice .* exited with 1: .*voice does not exist/);
    await expect(tts.synthesize('hello', { locale: 'en', voice: '--help' })).rejects.toThrow(/not a valid espeak-ng voice/);
  });

  it('returns silence for empty text without starting espeak-ng', async () => {
    const { runner, commands } = countingRunner();
    expect(await new EspeakTts({ cacheDir: dir, runner }).synthesize('  ', { locale: 'en' })).toHaveLength(0);
    expect(commands).toEqual([]);
  });
});

describe('voiceFor', () => {
  it('picks espeak-ng voices by locale, then language, configured before built in', () => {
    expect(voiceFor('de-DE')).toBe('de');
    expect(voiceFor('fr')).toBe('fr-fr');
    expect(voiceFor('en')).toBe('en-us');
    expect(voiceFor('en-GB')).toBe('en-gb');
    expect(voiceFor('en_gb')).toBe('en-gb');
    expect(voiceFor('es-ES')).toBe('es');
    expect(voiceFor('de-CH', { de: 'de', 'de-CH': 'gsw' })).toBe('gsw');
    expect(voiceFor('en-AU', { en: 'en-gb-x-rp' })).toBe('en-gb-x-rp');
  });
});
