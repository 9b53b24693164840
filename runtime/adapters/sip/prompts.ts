import { basename, dirname, join, resolve } from 'node:path';
import { AudioFiles, EspeakTts, type TextToSpeech } from '../../speech';
import { HOLD_PATTERN } from './tones';

export type Log = (level: 'info' | 'warn' | 'error', message: string) => void;

export interface PromptOptions {
  dataDir: string;
  audioDir: string;
  voices: Record<string, string>;
  /** SIP_HOLD_AUDIO: a file in the audio folder, or an absolute path. */
  holdAudio?: string | undefined;
  log: Log;
  tts?: TextToSpeech;
}

export interface Spoken {
  text: string;
  audio?: string | undefined;
  locale: string;
}

/**
 * Audio for prompts: a file when the prompt names one (and it plays), else espeak-ng speech.
 * Failures are logged and never end a call: a missing file falls back to the text, broken
 * TTS to silence.
 */
export class Prompts {
  private readonly tts: TextToSpeech;
  private readonly files: AudioFiles;
  private readonly holdFile: AudioFiles | undefined;

  constructor(private readonly options: PromptOptions) {
    const cacheDir = join(options.dataDir, 'audio-cache');
    this.tts = options.tts ?? new EspeakTts({ cacheDir: join(options.dataDir, 'tts-cache'), voices: options.voices });
    this.files = new AudioFiles({ baseDir: options.audioDir, cacheDir });
    if (options.holdAudio) {
      // AudioFiles reads only inside its folder, so the configured file gets a folder of its own.
      this.holdFile = new AudioFiles({ baseDir: dirname(resolve(options.audioDir, options.holdAudio)), cacheDir });
    }
  }

  async speech(prompt: Spoken, context: string): Promise<Int16Array> {
    if (prompt.audio) {
      try {
        return await this.files.load(prompt.audio);
      } catch (error) {
        this.options.log('warn', `${context}: audio prompt not played, speaking its text instead: ${(error as Error).message}`);
      }
    }
    try {
      return await this.tts.synthesize(prompt.text, { locale: prompt.locale });
    } catch (error) {
      this.options.log('error', `${context}: prompt not spoken: ${(error as Error).message}`);
      return new Int16Array(0);
    }
  }

  /** The queue node's hold music, else SIP_HOLD_AUDIO, else the generated chime. */
  async hold(music: string | undefined, context: string): Promise<Int16Array> {
    if (music) {
      try {
        return await this.files.load(music);
      } catch (error) {
        this.options.log('warn', `${context}: hold music ${JSON.stringify(music)} not played: ${(error as Error).message}`);
      }
    }
    if (this.holdFile && this.options.holdAudio) {
      try {
        return await this.holdFile.load(basename(this.options.holdAudio));
      } catch (error) {
        this.options.log('warn', `${context}: SIP_HOLD_AUDIO not played: ${(error as Error).message}`);
      }
    }
    return HOLD_PATTERN;
  }
}
