import { describe, expect, it } from 'vitest';
import { definitionOf, type Node } from '../../dsl/nodes';
import { Scenario } from '../../dsl/schema/document';
import { placeDiagnostics } from './diagnostics';
import { localeRows } from './locales';
import { appendItem, getAt, moveItem, removeItem, renameKey, setAt } from './path';
import { emptyValue, fieldOf, jsonSchemaOf, type JsonSchema } from './schema';

const schemaOfKind = (kind: string): JsonSchema => jsonSchemaOf(definitionOf({ kind } as Node).schema);
/** The schema at a property path; array items are stepped into, "x" names the item itself. */
const property = (kind: string, ...keys: string[]): JsonSchema =>
  keys.reduce<JsonSchema>((s, key) => {
    const container = s.items && key !== 'x' ? s.items : s;
    return (key === 'x' ? container.items : container.properties?.[key]) as JsonSchema;
  }, schemaOfKind(kind));

describe('path updates', () => {
  const doc = { nodes: { a: { kind: 'say', prompt: { 'en-US': 'Hi' } }, b: { kind: 'hangup' } } };

  it('replaces the value at a path and shares everything off it', () => {
    const next = setAt(doc, ['nodes', 'a', 'prompt', 'en-US'], 'Hello') as typeof doc;
    expect(next.nodes.a.prompt['en-US']).toBe('Hello');
    expect(doc.nodes.a.prompt['en-US']).toBe('Hi');
    expect(next.nodes.b).toBe(doc.nodes.b);
  });

  it('removes an object key when set to undefined', () => {
    expect(setAt(doc, ['nodes', 'a', 'prompt'], undefined)).toEqual({ nodes: { a: { kind: 'say' }, b: { kind: 'hangup' } } });
  });

  it('creates missing objects and arrays on the way', () => {
    expect(setAt({}, ['hours', 'mon', 0, 'from'], '09:00')).toEqual({ hours: { mon: [{ from: '09:00' }] } });
  });

  it('appends, removes and reorders array items', () => {
    const list = { assign: ['a', 'b', 'c'] };
    expect(appendItem(list, ['assign'], 'd')).toEqual({ assign: ['a', 'b', 'c', 'd'] });
    expect(removeItem(list, ['assign'], 1)).toEqual({ assign: ['a', 'c'] });
    expect(moveItem(list, ['assign'], 2, 0)).toEqual({ assign: ['c', 'a', 'b'] });
    expect(moveItem(list, ['assign'], 0, 3)).toBe(list);
  });

  it('renames a record key in place and refuses to overwrite another', () => {
    expect(Object.keys(renameKey({ a: 1, b: 2, c: 3 }, 'b', 'x'))).toEqual(['a', 'x', 'c']);
    const record = { a: 1, b: 2 };
    expect(renameKey(record, 'a', 'b')).toBe(record);
  });

  it('reads nothing through a missing or primitive step', () => {
    expect(getAt(doc, ['nodes', 'zz', 'prompt'])).toBeUndefined();
    expect(getAt(doc, ['nodes', 'a', 'kind', 'length'])).toBeUndefined();
  });
});

describe('locale rows', () => {
  it('gives one row per declared locale in the scenario order, flagging missing translations', () => {
    const rows = localeRows({ 'en-US': 'Hello', 'de-DE': '  ' }, ['de-DE', 'en-US', 'fr-FR']);
    expect(rows.map((r) => [r.locale, r.missing])).toEqual([
      ['de-DE', true],
      ['en-US', false],
      ['fr-FR', true],
    ]);
  });

  it('keeps a translation for a locale the scenario no longer declares, marked as such', () => {
    const rows = localeRows({ 'en-US': 'Hello', 'it-IT': 'Ciao' }, ['en-US']);
    expect(rows.at(-1)).toMatchObject({ locale: 'it-IT', value: 'Ciao', undeclared: true, missing: false });
  });

  it('counts an audio prompt without a file, and an empty keyword list, as missing', () => {
    const rows = localeRows({ 'en-US': { audio: '' }, 'de-DE': { audio: 'hallo.wav' }, 'fr-FR': [] }, ['en-US', 'de-DE', 'fr-FR']);
    expect(rows.map((r) => r.missing)).toEqual([true, false, true]);
  });
});

describe('fields derived from the node schemas', () => {
  it('edits a prompt as one row per locale with audio allowed', () => {
    expect(fieldOf(property('ask', 'prompt'), 'prompt')).toMatchObject({ kind: 'locales', prompt: true });
    expect(fieldOf(property('menu', 'options', 'label'), 'label')).toMatchObject({ kind: 'locales', prompt: false });
  });

  it('offers the declared variables where a field takes a variable name', () => {
    expect(fieldOf(property('ask', 'variable'), 'variable')).toMatchObject({ kind: 'text', variable: true });
    expect(fieldOf(property('bot', 'intentVariable'), 'intentVariable')).toMatchObject({ kind: 'text', variable: true });
    expect(fieldOf(property('set', 'assign', 'variable'), 'variable')).toMatchObject({ kind: 'text', variable: true });
    // A port name has the same pattern but is not a variable.
    expect(fieldOf(property('menu', 'options', 'port'), 'port')).toMatchObject({ kind: 'text', variable: false });
  });

  it('knows expressions from templates for the insert-variable menu', () => {
    expect(fieldOf(property('set', 'assign', 'value'), 'value')).toMatchObject({ code: 'expression' });
    expect(fieldOf(property('http', 'url'), 'url')).toMatchObject({ code: 'template' });
    expect(fieldOf(property('http', 'method'), 'method')).toEqual({ kind: 'enum', values: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] });
  });

  it('edits arrays of objects as rows, enum arrays as choices, and the bot controller as a variant', () => {
    expect(fieldOf(property('set', 'assign'), 'assign').kind).toBe('list');
    expect(fieldOf(property('ask', 'modes'), 'modes')).toEqual({ kind: 'choices', values: ['dtmf', 'speech', 'text'] });
    expect(fieldOf(property('bot', 'controller'), 'controller')).toMatchObject({ kind: 'variant', tag: 'type' });
    expect(fieldOf(property('transfer', 'callerId'), 'callerId')).toMatchObject({ kind: 'suggest', values: ['caller', 'scenario'] });
  });

  it('edits the scenario variables as a record of objects keyed by variable name', () => {
    const variables = jsonSchemaOf(Scenario).properties?.variables as JsonSchema;
    expect(fieldOf(variables, 'variables')).toMatchObject({ kind: 'record', variableKeys: true });
  });

  it('starts a new row with the required fields of its item', () => {
    expect(emptyValue(property('set', 'assign', 'x'))).toEqual({ variable: '', value: '' });
    expect(emptyValue(property('menu', 'options', 'x'))).toEqual({ port: '' });
  });
});

describe('diagnostics placement', () => {
  const at = (path: (string | number)[]) => ({ severity: 'error' as const, code: 'x', message: path.join('.'), nodeId: 'n', path });
  const placed = placeDiagnostics([at(['nodes', 'n', 'prompt', 'de-DE']), at(['nodes', 'n', 'on', 'valid']), at(['nodes', 'n']), at(['nodes', 'n', 'options'])], ['nodes', 'n'], ['prompt', 'options']);

  it('shows a diagnostic under the field it points into', () => {
    expect(placed.at(['nodes', 'n', 'prompt', 'de-DE'], true).map((d) => d.message)).toEqual(['nodes.n.prompt.de-DE']);
    expect(placed.at(['nodes', 'n', 'prompt'], false)).toEqual([]);
    expect(placed.at(['nodes', 'n', 'options'], false).map((d) => d.message)).toEqual(['nodes.n.options']);
  });

  it('puts those pointing at no field (ports, the node itself) at the top', () => {
    expect(placed.general.map((d) => d.message)).toEqual(['nodes.n.on.valid', 'nodes.n']);
  });
});

describe('field labels', () => {
  it('makes a readable English label of a schema key', async () => {
    const { labelOf } = await import('./labels');
    expect(labelOf('noInputPrompt')).toBe('No input prompt');
    expect(labelOf(0)).toBe('1');
  });
});
