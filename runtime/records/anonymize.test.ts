import { describe, expect, it } from 'vitest';
import { maskCallerIn, maskNumber } from './anonymize';

describe('masking caller numbers', () => {
  it('keeps the country code and the last two digits of an international number', () => {
    expect(maskNumber('+4930123456767')).toBe('+49•••••67');
    expect(maskNumber('+12125550199')).toBe('+1•••••99');
    expect(maskNumber('+35312345678')).toBe('+353•••••78');
  });

  it('does not reveal how long the number was', () => {
    expect(maskNumber('+491711234567')).toBe(maskNumber('+49301234567'));
  });

  it('keeps only the end of national numbers and other ids, and nothing of short ones', () => {
    expect(maskNumber('0301234567')).toBe('•••••67');
    expect(maskNumber('anon')).toBe('•••••');
    expect(maskNumber('')).toBe('');
  });

  it('replaces the number wherever it appears in a record, not only in the caller field', () => {
    const record = { caller: { number: '+4930123456767' }, trace: [{ data: { type: 'transfer', callerId: '+4930123456767' } }] };
    expect(JSON.stringify(maskCallerIn(record, '+4930123456767'))).not.toContain('+4930123456767');
    expect(maskCallerIn(record, '+4930123456767').trace[0]!.data.callerId).toBe('+49•••••67');
  });

  it('masks at least the caller field of a short id without touching other digits', () => {
    expect(maskCallerIn({ caller: '100', duration: 100 }, '100')).toEqual({ caller: '•••••', duration: 100 });
  });
});

describe('masking odd caller ids', () => {
  it('never breaks the record, whatever the caller id holds', () => {
    const value = { caller: { number: '\\\\x12' }, note: 'a\\\\x12b', other: '\\x12' };
    for (const id of ['\\x12', '\\\\x12', '"x"', '\\"', '\u2028abc']) {
      expect(() => maskCallerIn({ ...value, caller: { number: id } }, id, id)).not.toThrow();
      expect(maskCallerIn({ ...value, caller: { number: id } }, id).caller.number).not.toBe(id);
    }
  });
});
