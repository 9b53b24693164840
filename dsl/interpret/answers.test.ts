import { describe, expect, it } from 'vitest';
import { parseAnswer } from './answers';

describe('parseAnswer', () => {
  it('takes keypad digits without the finish key, and spoken digits in three languages', () => {
    expect(parseAnswer({ type: 'digits', finishOnKey: '#' }, '12345#')).toEqual({ ok: true, value: '12345' });
    expect(parseAnswer({ type: 'digits' }, 'four two')).toEqual({ ok: true, value: '42' });
    expect(parseAnswer({ type: 'digits' }, 'vier zwei')).toEqual({ ok: true, value: '42' });
    expect(parseAnswer({ type: 'digits' }, 'quatre deux')).toEqual({ ok: true, value: '42' });
    expect(parseAnswer({ type: 'digits' }, '12a')).toEqual({ ok: false });
  });

  it('enforces number bounds and accepts a decimal comma', () => {
    expect(parseAnswer({ type: 'number', min: 1, max: 10 }, '7,5')).toEqual({ ok: true, value: 7.5 });
    expect(parseAnswer({ type: 'number', min: 1, max: 10 }, '11')).toEqual({ ok: false });
    expect(parseAnswer({ type: 'number' }, '')).toEqual({ ok: false });
  });

  it('reads dates typed, spoken European-style or keyed, and refuses impossible ones', () => {
    expect(parseAnswer({ type: 'date' }, '24.12.2026')).toEqual({ ok: true, value: '2026-12-24' });
    expect(parseAnswer({ type: 'date' }, '2026-03-05')).toEqual({ ok: true, value: '2026-03-05' });
    expect(parseAnswer({ type: 'date', finishOnKey: '#' }, '05032026#')).toEqual({ ok: true, value: '2026-03-05' });
    expect(parseAnswer({ type: 'date' }, '31.02.2026')).toEqual({ ok: false });
  });

  it('understands yes and no in English, German and French, and keys 1/2', () => {
    for (const yes of ['Yes please', 'ja', 'Oui, merci', '1']) expect(parseAnswer({ type: 'yesNo' }, yes)).toEqual({ ok: true, value: true });
    for (const no of ['no', 'Nein danke', 'non', '2']) expect(parseAnswer({ type: 'yesNo' }, no)).toEqual({ ok: true, value: false });
    expect(parseAnswer({ type: 'yesNo' }, 'maybe')).toEqual({ ok: false });
  });

  it('checks e-mail addresses, patterns as whole matches, and lengths', () => {
    expect(parseAnswer({ type: 'email' }, ' Anna@Example.org ')).toEqual({ ok: true, value: 'anna@example.org' });
    expect(parseAnswer({ type: 'email' }, 'anna@example')).toEqual({ ok: false });
    expect(parseAnswer({ type: 'pattern', pattern: '[0-9]{4}' }, '1234')).toEqual({ ok: true, value: '1234' });
    expect(parseAnswer({ type: 'pattern', pattern: '[0-9]{4}' }, '12345')).toEqual({ ok: false });
    expect(parseAnswer({ type: 'text', minLength: 3 }, 'ab')).toEqual({ ok: false });
  });
});
