import { describe, expect, it } from 'vitest';
import { parseDocument, positionAt, pretty } from './parse';

describe('parseDocument', () => {
  it('returns the document of valid JSON', () => {
    expect(parseDocument(pretty({ id: 'a', nodes: {} }))).toEqual({ ok: true, document: { id: 'a', nodes: {} } });
  });

  it('says on which line and column the JSON breaks', () => {
    const text = '{\n  "id": "a",\n  "name": "b"\n  "nodes": {}\n}';
    const parsed = parseDocument(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.line).toBe(4);
    expect(parsed.column).toBe(3);
    expect(parsed.message).not.toMatch(/position/);
  });

  it('places an unfinished document at its end', () => {
    const parsed = parseDocument('{\n  "id": "a",\n');
    expect(parsed).toMatchObject({ ok: false, line: 3 });
  });

  it('refuses JSON that is not an object', () => {
    expect(parseDocument('[1, 2]')).toMatchObject({ ok: false, line: 1, column: 1 });
    expect(parseDocument('null').ok).toBe(false);
  });
});

describe('positionAt', () => {
  it('counts lines and columns from 1', () => {
    expect(positionAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
