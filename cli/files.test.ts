import { describe, expect, it } from 'vitest';
import { readJsonFile } from './files';
import { writeTemp } from './testing';

describe('reading a scenario file', () => {
  it('returns the parsed JSON', () => {
    const { good } = writeTemp({ good: { id: 'x' } });
    expect(readJsonFile(good ?? '')).toMatchObject({ ok: true, value: { id: 'x' } });
  });

  it('names the line and column where the JSON breaks', () => {
    const { bad } = writeTemp({ bad: '{\n  "id": "x",\n  "name": \n}' });
    const read = readJsonFile(bad ?? '');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problem).toBe("not valid JSON: Unexpected token '}' at line 4, column 1");
  });

  it('reads a file that starts with a byte order mark', () => {
    const { bom } = writeTemp({ bom: '\uFEFF{"id": "x"}' });
    expect(readJsonFile(bom ?? '')).toMatchObject({ ok: true, value: { id: 'x' } });
  });

  it('says when the file does not exist', () => {
    expect(readJsonFile('/nonexistent/flow.json')).toEqual({ file: '/nonexistent/flow.json', ok: false, problem: 'file not found' });
  });
});
