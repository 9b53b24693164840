export { EspeakTts, voiceFor, type EspeakTtsOptions, type TextToSpeech } from './tts';
export { AudioFiles, type AudioFilesOptions } from './audio';
export { grammarForGather, type Grammar } from './grammar';
export { toJsgf, normaliseWords, type Jsgf } from './jsgf';
export {
  PocketsphinxRecognizer,
  type PocketsphinxOptions,
  type Recognition,
  type SpeechLog,
  type SpeechRecognizer,
} from './stt';
export { UtteranceDetector, type UtteranceDetectorOptions } from './vad';
export { runCommand, type CommandResult, type CommandRunner } from './process';
export { SAMPLE_RATE } from './pcm';
