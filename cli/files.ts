import { readFileSync } from 'node:fs';
import { jsonErrorOffset, lineAndColumn } from './json-position';

export type JsonFile = { file: string; ok: true; value: unknown } | { file: string; ok: false; problem: string };

/** Reads a JSON file; a parse failure names the line and column where the text breaks. */
export function readJsonFile(file: string): JsonFile {
  let text: string;
  try {
    // Editors on Windows may start the file with a byte order mark, which JSON.parse refuses.
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { file, ok: false, problem: code === 'ENOENT' ? 'file not found' : `cannot read: ${(error as Error).message}` };
  }
  try {
    return { file, ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { file, ok: false, problem: `not valid JSON: ${withLineAndColumn((error as Error).message, text)}` };
  }
}

function withLineAndColumn(message: string, text: string): string {
  const offset = jsonErrorOffset(text);
  if (offset === undefined) return message;
  const { line, column } = lineAndColumn(text, offset);
  // V8 quotes the whole text in some messages; the position says enough.
  const reason = message.replace(/, .*is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '');
  return `${reason} at line ${line}, column ${column}`;
}
