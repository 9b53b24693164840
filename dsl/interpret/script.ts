import { CallerEvent } from '../session/events';

export class ScriptError extends Error {}

const RESULTS: Record<string, (value: string) => unknown> = {
  digits: (digits) => ({ type: 'digits', digits }),
  speech: (text) => ({ type: 'speech', text }),
  text: (text) => ({ type: 'text', text }),
  transfer: (result) => ({ type: 'transferResult', result }),
  queue: (result) => ({ type: 'queueResult', result }),
  recording: (transcript) => ({ type: 'recordingDone', ...(transcript ? { transcript } : {}) }),
};

/**
 * One line of a scripted caller: "1" or "digits:123", "speech:billing", "text:hello",
 * "noInput", "transfer:busy", "queue:timeout", "recording[:transcript]", "hangup".
 */
export function parseScriptEntry(entry: string): CallerEvent {
  const trimmed = entry.trim();
  if (/^[0-9*#]+$/.test(trimmed)) return CallerEvent.parse({ type: 'digits', digits: trimmed });
  if (trimmed === 'noInput' || trimmed === 'silence') return { type: 'noInput' };
  if (trimmed === 'hangup') return { type: 'hangup' };
  if (trimmed === 'recording') return { type: 'recordingDone' };
  const colon = trimmed.indexOf(':');
  const kind = colon > 0 ? trimmed.slice(0, colon) : '';
  const make = RESULTS[kind];
  if (!make) {
    throw new ScriptError(
      `"${entry}" is not a caller action; use keys like 1, or digits:…, speech:…, text:…, noInput, transfer:<result>, queue:<result>, recording, hangup`,
    );
  }
  const parsed = CallerEvent.safeParse(make(trimmed.slice(colon + 1).trim()));
  if (!parsed.success) throw new ScriptError(`"${entry}": ${parsed.error.issues[0]?.message ?? 'not a valid caller action'}`);
  return parsed.data;
}
