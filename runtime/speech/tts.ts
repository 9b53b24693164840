import { PcmCache, cacheKey } from './cache';
import { describeCommand, firstLine, runCommand, type CommandRunner } from './process';
import { RAW_8K, pcmFromBytes } from './pcm';

/** Speech for a prompt, as 8 kHz mono 16-bit samples. */
export interface TextToSpeech {
  synthesize(text: string, options: { locale: string; voice?: string }): Promise<Int16Array>;
}

export interface EspeakTtsOptions {
  cacheDir: string;
  /** Voice per locale ("de-CH": "de") or per language ("en": "en-gb"); the most specific entry wins. */
  voices?: Record<string, string>;
  memoryBytes?: number;
  timeoutMs?: number;
  runner?: CommandRunner;
}

const DEFAULT_VOICES: Record<string, string> = { de: 'de', fr: 'fr-fr', en: 'en-us', 'en-gb': 'en-gb', 'en-us': 'en-us' };
// A voice is an argv element: one that starts with "-" would be read as an option.
const VOICE_NAME = /^[a-z0-9][a-z0-9_+\-/]*$/i;

/** espeak-ng voice for a locale: exact locale, then its language, from the configured map then the defaults. */
export function voiceFor(locale: string, voices: Record<string, string> = {}): string {
  const exact = locale.toLowerCase().replace('_', '-');
  const language = exact.split('-')[0] ?? exact;
  const lower = Object.fromEntries(Object.entries(voices).map(([k, v]) => [k.toLowerCase().replace('_', '-'), v]));
  return lower[exact] ?? lower[language] ?? DEFAULT_VOICES[exact] ?? DEFAULT_VOICES[language] ?? language;
}

function firstWords(text: string): string {
  const words = text.trim().split(/\s+/);
  return JSON.stringify(words.slice(0, 6).join(' ') + (words.length > 6 ? ' …' : ''));
}

/** Offline TTS with espeak-ng, resampled to telephone audio by sox; each text/voice/locale is rendered once. */
export class EspeakTts implements TextToSpeech {
  private readonly cache: PcmCache;
  private readonly run: CommandRunner;
  private readonly timeoutMs: number;

  constructor(private readonly options: EspeakTtsOptions) {
    this.cache = new PcmCache({ dir: options.cacheDir, memoryBytes: options.memoryBytes });
    this.run = options.runner ?? runCommand;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  async synthesize(text: string, options: { locale: string; voice?: string }): Promise<Int16Array> {
    if (text.trim() === '') return new Int16Array(0);
    const voice = options.voice ?? voiceFor(options.locale, this.options.voices);
    if (!VOICE_NAME.test(voice)) throw new Error(`TTS voice ${JSON.stringify(voice)} is not a valid espeak-ng voice name`);
    return this.cache.get(cacheKey(text, voice, options.locale), () => this.render(text, voice));
  }

  private async render(text: string, voice: string): Promise<Int16Array> {
    // Text goes in on stdin: never a shell, never an argument espeak-ng could mistake for an option.
    const espeakArgs = ['-v', voice, '--stdin', '--stdout'];
    const speech = await this.step('espeak-ng', espeakArgs, text, Buffer.from(text, 'utf8'));
    // -D: no dither, so a text always renders to the same samples (caches and tests agree across runs).
    const soxArgs = ['-D', '-t', 'wav', '-', ...RAW_8K, '-'];
    const raw = await this.step('sox', soxArgs, text, speech);
    if (raw.length < 2) throw new Error(`TTS of ${firstWords(text)} produced no audio (${describeCommand('sox', soxArgs)})`);
    return pcmFromBytes(raw);
  }

  private async step(command: string, args: string[], text: string, input: Buffer): Promise<Buffer> {
    const what = `TTS of ${firstWords(text)} failed: ${describeCommand(command, args)}`;
    let result;
    try {
      result = await this.run(command, args, { input, timeoutMs: this.timeoutMs });
    } catch (error) {
      throw new Error(`${what}: ${(error as Error).message}`);
    }
    if (result.code !== 0) throw new Error(`${what} exited with ${result.code}: ${firstLine(result.stderr)}`);
    return result.stdout;
  }
}
