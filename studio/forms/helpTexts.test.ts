import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { NODE_DEFINITIONS } from '../../dsl/nodes';
import { Scenario } from '../../dsl/schema/document';
import { helpText } from './helpTexts';
import { de } from './helpTexts.de';
import { fr } from './helpTexts.fr';
import { jsonSchemaOf } from './schema';

// The studio's i18next instance wants a browser; the bundles are checked here as plain data.
vi.mock('../i18n', () => ({ addBundles: () => {} }));

// Values (defaults, constants, enums) are data, not schemas: a "description" inside one is not help text.
const DATA_KEYWORDS = new Set(['default', 'const', 'enum', 'examples']);

function collectDescriptions(schema: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) collectDescriptions(item, into);
  else if (schema !== null && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'description' && typeof value === 'string') into.add(value);
      else if (!DATA_KEYWORDS.has(key)) collectDescriptions(value, into);
    }
  }
  return into;
}

/** What a translation must keep word for word; a quoted name ("timeout") may take the language's own quotes. */
const TOKEN = /\{\{[^}]*\}\}|\{"[^}]*\}|"(\w+)"|vars\.[\w.<>]+|https?:\/\/\S+|\b[a-z]+[A-Z]\w*\b|\b[A-Z][A-Z\d]*_[A-Z\d_]+\b|\b\w+\.\w+\.\w+\b|\b[A-Z][a-z]+\/[A-Z]\w+|\b\dxx\b/g;
const technicalTokens = (text: string) => [...text.matchAll(TOKEN)].map((m) => m[1] ?? m[0]);

/** Every help text a form can show: the scenario document's, and each node kind's as its inspector form gets it. */
const descriptions = [jsonSchemaOf(Scenario), ...NODE_DEFINITIONS.map((d) => jsonSchemaOf(d.schema))].reduce(
  (all, schema) => collectDescriptions(schema, all),
  new Set<string>(),
);

describe.each([
  ['German', de],
  ['French', fr],
])('%s help texts', (_language, bundle) => {
  it('translate every description in the scenario schema', () => {
    expect([...descriptions].filter((text) => !bundle[text]?.trim())).toEqual([]);
  });

  it('translate no description the schema no longer has', () => {
    expect(Object.keys(bundle).filter((text) => !descriptions.has(text))).toEqual([]);
  });

  it('keep the technical tokens of the English: placeholders, JSON, port and enum names, examples', () => {
    const lost = Object.entries(bundle).flatMap(([english, translated]) =>
      technicalTokens(english).filter((token) => !translated.includes(token)).map((token) => `${token} in "${english}"`),
    );
    expect(lost).toEqual([]);
  });
});

describe('helpText', () => {
  const languages = i18next.createInstance();
  void languages.init({ lng: 'de', fallbackLng: 'en', initAsync: false, resources: { de: { formsHelp: de }, fr: { formsHelp: fr } } });

  it('looks a description up whole, though it holds dots, colons and quotes', () => {
    const text = 'OpenAI-compatible API base URL (default: LLM_BASE_URL or api.openai.com)';
    expect(helpText(text, languages.getFixedT('de'))).toBe(de[text]);
    expect(helpText(text, languages.getFixedT('fr'))).toBe(fr[text]);
  });

  it('leaves template placeholders as they are', () => {
    const text = 'Announcement; may use {{queue.position}} and {{queue.waitMinutes}}';
    expect(helpText(text, languages.getFixedT('de'))).toBe('Ansage; darf {{queue.position}} und {{queue.waitMinutes}} verwenden');
    expect(helpText(text, languages.getFixedT('en'))).toBe(text);
  });

  it('shows the English of a description it has no translation for', () => {
    expect(helpText('A description added today: e.g. "x"', languages.getFixedT('fr'))).toBe('A description added today: e.g. "x"');
  });
});
