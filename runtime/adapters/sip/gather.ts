import type { Command } from '../../../dsl/session/commands';
import type { CallerEvent } from '../../../dsl/session/events';
import { grammarForGather, UtteranceDetector, type SpeechRecognizer } from '../../speech';
import type { Line } from './line';

type Gather = Extract<Command, { type: 'gather' }>;

export interface GatherOptions {
  /** Keys pressed during a barge-in prompt just before: they count as the first keys of this gather. */
  typeAhead: string[];
  locale: string;
  recognizer: SpeechRecognizer;
  /** After a key, how long the next may take before the digits so far are the answer. */
  interDigitMs?: number;
}

const INTER_DIGIT_MS = 3_000;
const KEYPAD = /^[0-9*#]$/;

/**
 * Waits for the caller's answer: keys (up to maxDigits, or finishOnKey, or a pause after the
 * last one) and, when the gather allows speech, utterances recognised against the menu's
 * grammar. An utterance nobody recognises is ignored and listening goes on; when the timeout
 * passes with nothing, noInput. Resolves undefined when the call ends first.
 */
export function gather(line: Line, command: Gather, options: GatherOptions): Promise<CallerEvent | undefined> {
  return new Promise((resolve) => {
    const interDigitMs = options.interDigitMs ?? INTER_DIGIT_MS;
    const cleanups: Array<() => void> = [];
    let digits = '';
    let finished = false;
    let recognizing = false;
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;

    const finish = (event: CallerEvent | undefined) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      cleanups.forEach((cleanup) => cleanup());
      resolve(event);
    };
    const answerDigits = () => finish(digits ? { type: 'digits', digits } : { type: 'noInput' });
    const wait = (ms: number, then: () => void) => {
      clearTimeout(timer);
      timer = setTimeout(then, ms);
    };

    const onKey = (key: string) => {
      if (finished || !KEYPAD.test(key)) return;
      if (command.finishOnKey && command.finishOnKey.includes(key)) return answerDigits();
      digits += key;
      if ((command.maxDigits !== undefined && digits.length >= command.maxDigits) || digits.length >= 64) return answerDigits();
      wait(interDigitMs, answerDigits);
    };

    const onTimeout = () => {
      // A recognition under way may still bring the answer; the recogniser bounds its own time.
      if (recognizing) timedOut = true;
      else finish({ type: 'noInput' });
    };

    const hear = (utterance: Int16Array) => {
      recognizing = true;
      options.recognizer
        .recognize(utterance, { locale: options.locale, grammar: grammarForGather(command) })
        .catch((error: Error) => {
          line.log('warn', `speech not recognised: ${error.message}`);
          return null;
        })
        .then((result) => {
          recognizing = false;
          const text = result?.text.trim();
          if (text) finish({ type: 'speech', text: text.slice(0, 10_000), ...(result?.confidence !== undefined ? { confidence: result.confidence } : {}) });
          else if (timedOut) finish({ type: 'noInput' });
          else line.log('info', 'an utterance matched nothing; still listening');
        });
    };

    if (line.ended) return finish(undefined);
    const onEnd = () => finish(undefined);
    line.signal.addEventListener('abort', onEnd, { once: true });
    cleanups.push(() => line.signal.removeEventListener('abort', onEnd));

    if (command.modes.includes('dtmf')) {
      cleanups.push(line.onKey(onKey));
      for (const key of options.typeAhead.splice(0)) onKey(key);
      if (finished) return;
    }
    if (command.modes.includes('speech')) {
      const detector = new UtteranceDetector();
      cleanups.push(
        line.onAudio((frame) => {
          if (finished || recognizing) return;
          const utterance = detector.push(frame);
          if (utterance) hear(utterance);
        }),
      );
    }
    if (digits) wait(interDigitMs, answerDigits);
    else wait(command.timeout * 1000, onTimeout);
  });
}
