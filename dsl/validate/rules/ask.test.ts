import { describe, expect, it } from 'vitest';
import { bye, doc, found } from '../test-helpers';

const ask = (extra: Record<string, unknown>) => ({
  kind: 'ask',
  name: 'Postcode',
  prompt: { 'en-US': 'Your postcode?' },
  variable: 'postcode',
  on: { valid: 'bye', invalid: 'bye', noInput: 'bye' },
  ...extra,
});

describe('ask rule', () => {
  it('reports a pattern answer without a pattern', () => {
    expect(found(doc({ ask: ask({ type: 'pattern' }), bye }), 'ask.patternMissing')).toEqual([
      {
        severity: 'error',
        code: 'ask.patternMissing',
        message: 'Ask \'Postcode\': the answer type is "pattern", but no pattern is given',
        nodeId: 'ask',
        path: ['nodes', 'ask', 'pattern'],
      },
    ]);
  });

  it('reports a pattern that is not a regular expression', () => {
    const [d] = found(doc({ ask: ask({ type: 'pattern', pattern: '[0-9{5}' }), bye }), 'ask.patternInvalid');
    expect(d?.message).toMatch(/^Ask 'Postcode': the pattern is not a valid regular expression: /);
  });

  it('accepts a valid pattern and warns when the type ignores it', () => {
    expect(found(doc({ ask: ask({ type: 'pattern', pattern: '^[0-9]{5}$' }), bye }), 'ask.patternInvalid')).toEqual([]);
    expect(found(doc({ ask: ask({ type: 'digits', pattern: '^[0-9]{5}$' }), bye }), 'ask.patternIgnored')[0]?.severity).toBe('warning');
  });

  it('reports a smallest number above the largest, and a shortest length above the longest', () => {
    expect(found(doc({ ask: ask({ type: 'number', min: 10, max: 1 }), bye }), 'ask.range')[0]?.message).toBe(
      "Ask 'Postcode': the smallest number (10) is larger than the largest (1)",
    );
    expect(found(doc({ ask: ask({ minLength: 6, maxLength: 4 }), bye }), 'ask.lengthRange')[0]?.path).toEqual(['nodes', 'ask', 'minLength']);
  });
});
