import { describe, expect, it } from 'vitest';
import { parseXml } from './xml';

const DECL = '<?xml version="1.0" encoding="UTF-8"?>';

describe('the tests\' XML reader', () => {
  it('reads elements, attributes, text and entities', () => {
    expect(parseXml(`${DECL}<Response><Say a="x &amp; y">1 &lt; 2</Say><Hangup/></Response>`)).toEqual({
      name: 'Response',
      attrs: {},
      children: [{ name: 'Say', attrs: { a: 'x & y' }, children: ['1 < 2'] }, { name: 'Hangup', attrs: {}, children: [] }],
    });
  });

  it.each([
    ['no declaration', '<Response/>'],
    ['an unclosed element', `${DECL}<Response><Say>hi</Response>`],
    ['crossed elements', `${DECL}<Response><Gather><Say></Gather></Say></Response>`],
    ['a raw ampersand', `${DECL}<Response><Say>Tom & Jerry</Say></Response>`],
    ['an unknown entity', `${DECL}<Response><Say>&nbsp;</Say></Response>`],
    ['an unquoted attribute', `${DECL}<Response><Pause length=1/></Response>`],
    ['a repeated attribute', `${DECL}<Response><Pause length="1" length="2"/></Response>`],
    ['two roots', `${DECL}<Response/><Response/>`],
  ])('rejects %s', (_what, document) => {
    expect(() => parseXml(document)).toThrow();
  });
});
