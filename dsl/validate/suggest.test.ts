import { describe, expect, it } from 'vitest';
import { closest, didYouMean, distance } from './suggest';

describe('suggestions', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(distance('bey', 'bye')).toBe(1);
    expect(distance('billing', 'biling')).toBe(1);
    expect(distance('kitten', 'sitting')).toBe(3);
  });

  it('suggests a close candidate and stays quiet for a far one', () => {
    expect(closest('biling', ['billing', 'support'])).toBe('billing');
    expect(closest('Billing', ['billing'])).toBe('billing');
    expect(closest('xyz', ['billing', 'support'])).toBeUndefined();
    expect(didYouMean('suport', ['support'])).toBe(" (did you mean 'support'?)");
    expect(didYouMean('zzz', ['support'])).toBe('');
  });
});
