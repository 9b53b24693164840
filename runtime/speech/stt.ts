import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { POCKETSPHINX_MODEL_DIR, dictionaryWords } from './dictionary';
import type { Grammar } from './grammar';
import { toJsgf, type Jsgf } from './jsgf';
import { durationMs, upsampleWithImage, wavBytes } from './pcm';
import { describeCommand, firstLine, runCommand, type CommandRunner } from './process';

export interface Recognition {
  text: string;
  confidence?: number;
}

/** Turns a caller's utterance (8 kHz) into text; a cloud recogniser for free speech implements the same. */
export interface SpeechRecognizer {
  recognize(pcm: Int16Array, options: { locale: string; grammar: Grammar }): Promise<Recognition | null>;
}

export type SpeechLog = (level: 'info' | 'warn' | 'error', message: string) => void;

export interface PocketsphinxOptions {
  tmpDir?: string;
  log?: SpeechLog;
  /** Folder holding the acoustic model (en-us/), en-us.lm.bin and cmudict-en-us.dict. */
  modelDir?: string;
  /** Bound on one recognition beyond the audio's own length; a hung process is killed after it. */
  timeoutMs?: number;
  runner?: CommandRunner;
}

/**
 * Wide beams and no HMM pruning: with the defaults the grammar search on telephone audio often loses every path
 * to a final state ("Final result does not match the grammar") and answers nothing. A grammar is small, so
 * this costs little; the open-vocabulary search keeps the defaults, where it would be slow.
 */
const GRAMMAR_SEARCH = ['-beam', '1e-80', '-pbeam', '1e-80', '-wbeam', '1e-60', '-maxhmmpf', '-1', '-topn', '16'];

/**
 * Offline English recognition with pocketsphinx_continuous. With a grammar (menu keywords, a bot's utterances,
 * digits, yes/no) it answers with exactly one of the allowed phrases; without one it falls back to the en-us
 * language model, which is poor on telephone audio — that is what a cloud recogniser is for.
 */
export class PocketsphinxRecognizer implements SpeechRecognizer {
  private readonly warnedLocales = new Set<string>();
  private readonly warnedWords = new Set<string>();
  private readonly run: CommandRunner;
  private readonly modelDir: string;

  constructor(private readonly options: PocketsphinxOptions = {}) {
    this.run = options.runner ?? runCommand;
    this.modelDir = options.modelDir ?? POCKETSPHINX_MODEL_DIR;
  }

  async recognize(pcm: Int16Array, { locale, grammar }: { locale: string; grammar: Grammar }): Promise<Recognition | null> {
    if (!/^en([-_]|$)/i.test(locale)) {
      if (!this.warnedLocales.has(locale)) {
        this.warnedLocales.add(locale);
        this.log('warn', `pocketsphinx has only an English model; speech in locale ${locale} is not recognised offline`);
      }
      return null;
    }
    if (pcm.length === 0) return null;
    const jsgf = await this.jsgfFor(grammar);
    // Phrases were asked for but none can be said: an open-vocabulary guess would only pick a wrong branch.
    if (jsgf.source === null && grammar.phrases.length > 0) return null;
    const text = await this.decode(pcm, jsgf.source);
    return text === '' ? null : { text };
  }

  private async jsgfFor(grammar: Grammar): Promise<Jsgf> {
    const words = await dictionaryWords(join(this.modelDir, 'cmudict-en-us.dict'));
    const jsgf = toJsgf(grammar, (word) => words.has(word));
    // Once per word: a menu that is asked on every call would otherwise repeat this on every call.
    const newlyDropped = jsgf.droppedWords.filter((word) => !this.warnedWords.has(word));
    if (newlyDropped.length > 0) {
      for (const word of newlyDropped) this.warnedWords.add(word);
      const phrases = jsgf.droppedPhrases.length > 0 ? `; phrases left out: ${jsgf.droppedPhrases.join(', ')}` : '';
      this.log('warn', `words not in the pronunciation dictionary, not recognisable: ${newlyDropped.join(', ')}${phrases}`);
    }
    return jsgf;
  }

  private async decode(pcm: Int16Array, grammarSource: string | null): Promise<string> {
    const dir = await mkdtemp(join(this.options.tmpDir ?? tmpdir(), 'callflow-stt-'));
    try {
      const wav = join(dir, 'utterance.wav');
      const gram = join(dir, 'grammar.gram');
      // The en-us acoustic model is 16 kHz only.
      await writeFile(wav, wavBytes(upsampleWithImage(pcm), 16_000));
      if (grammarSource !== null) await writeFile(gram, grammarSource);
      const search = grammarSource === null ? ['-lm', join(this.modelDir, 'en-us.lm.bin')] : ['-jsgf', gram, ...GRAMMAR_SEARCH];
      const model = ['-hmm', join(this.modelDir, 'en-us'), '-dict', join(this.modelDir, 'cmudict-en-us.dict')];
      const args = ['-infile', wav, ...search, ...model, '-logfn', '/dev/null'];
      const stdout = await this.tool('pocketsphinx_continuous', args, durationMs(pcm));
      // One line per stretch of speech pocketsphinx's own endpointer finds; usually one.
      return stdout.toString('utf8').split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  private async tool(command: string, args: string[], audioMs: number): Promise<Buffer> {
    const timeoutMs = (this.options.timeoutMs ?? 15_000) + 2 * audioMs;
    const result = await this.run(command, args, { timeoutMs }).catch((error: Error) => {
      throw new Error(`speech recognition failed: ${error.message}`);
    });
    if (result.code !== 0) {
      const how = `exited with ${result.code}: ${firstLine(result.stderr)}`;
      throw new Error(`speech recognition failed: ${describeCommand(command, args)} ${how}`);
    }
    return result.stdout;
  }

  private log(level: 'info' | 'warn' | 'error', message: string): void {
    (this.options.log ?? ((l, m) => console[l === 'info' ? 'log' : l](`[speech] ${m}`)))(level, message);
  }
}
