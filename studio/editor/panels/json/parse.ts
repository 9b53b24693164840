export type Parsed =
  | { ok: true; document: Record<string, unknown> }
  | { ok: false; message: string; line: number; column: number };

/** Line and column (both from 1) of an offset in the text. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1) ?? '').length + 1 };
}

/**
 * Parses what the user typed into a scenario document, or says where it stops being JSON.
 * Engines word JSON.parse errors differently; all of them name an offset ("position 42"),
 * which is turned into a line and column here (and dropped from the message).
 */
export function parseDocument(text: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const offset = /position (\d+)/.exec(raw);
    const at = offset ? positionAt(text, Number(offset[1])) : positionAt(text, text.length);
    const message = raw.replace(/\s*\(line \d+ column \d+\)/, '').replace(/\s*(in JSON )?at position \d+/, '').trim();
    return { ok: false, message, ...at };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'a scenario is a JSON object ({ … })', line: 1, column: 1 };
  }
  return { ok: true, document: value as Record<string, unknown> };
}

/** How the editor shows a document: the same text the runtime's exports use. */
export const pretty = (document: unknown) => `${JSON.stringify(document, null, 2)}\n`;
