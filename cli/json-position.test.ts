import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineAndColumn } from './json-position';

const v8Offset = (text: string): number | undefined => {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const position = /at position (\d+)/.exec((error as Error).message)?.[1];
    return position === undefined ? -1 : Number(position);
  }
};

describe('the offset where JSON breaks', () => {
  it.each([
    ['[1,]', 3],
    ['{"a":}', 5],
    ['{"a":tru}', 8],
    ['{\n  "id": "x",\n}', 15],
    ['{"a":"x', 7],
    ['', 0],
    ['{"a":1}}', 7],
  ])('finds it in %j at %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('agrees with JSON.parse on which texts are valid, and on the offset wherever V8 names one', () => {
    const damaged = fc
      .tuple(fc.json(), fc.nat(), fc.nat({ max: 3 }), fc.constantFrom(',', '}', ']', '"', ':', '\\', ' ', 'x', '\n', '0'))
      .map(([text, at, remove, insert]) => {
        const cut = at % (text.length + 1);
        return text.slice(0, cut) + insert + text.slice(cut + remove);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), damaged), (text) => {
        const v8 = v8Offset(text);
        const ours = jsonErrorOffset(text);
        if (v8 === undefined) expect(ours).toBeUndefined();
        else if (v8 === -1) expect(ours).toBeTypeOf('number');
        else expect(ours).toBe(v8);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('line and column', () => {
  it('count from 1', () => {
    expect(lineAndColumn('{\n  "a": 1,\n}', 12)).toEqual({ line: 3, column: 1 });
    expect(lineAndColumn('[1,]', 3)).toEqual({ line: 1, column: 4 });
  });
});
