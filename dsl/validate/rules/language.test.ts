import { describe, expect, it } from 'vitest';
import { bye, doc, found } from '../test-helpers';

describe('language rule', () => {
  it('reports a switch to a locale the scenario has no texts for', () => {
    const french = { kind: 'language', name: 'French', locale: 'fr-FR', next: 'bye' };
    const [d] = found(doc({ french, bye }, { locales: ['en-US', 'de-DE'] }), 'language.undeclared');
    expect(d).toEqual({
      severity: 'error',
      code: 'language.undeclared',
      message: "Language 'French': fr-FR is not one of the scenario's languages (en-US and de-DE)",
      nodeId: 'french',
      path: ['nodes', 'french', 'locale'],
    });
  });

  it('accepts a declared locale', () => {
    expect(found(doc({ lang: { kind: 'language', locale: 'en-US', next: 'bye' }, bye }), 'language.undeclared')).toEqual([]);
  });
});
