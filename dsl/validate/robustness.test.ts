import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Diagnostic } from '../diagnostics';
import { NODE_KINDS } from '../nodes';
import { validate } from './validate';

const examplesDir = new URL('../../examples/', import.meta.url);
const examples = readdirSync(examplesDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(new URL(file, examplesDir), 'utf8')) as unknown);

/** Validates and checks what must hold for any input: no throw, well-formed diagnostics, no internal error. */
function check(input: unknown, options?: Parameters<typeof validate>[1]): void {
  const result = validate(input, options);
  for (const diagnostic of result.diagnostics) expect(Diagnostic.safeParse(diagnostic).success).toBe(true);
  expect(result.diagnostics.filter((d) => d.code === 'internal.error')).toEqual([]);
  expect(result.ok).toBe(!result.diagnostics.some((d) => d.severity === 'error'));
}

/** Every path to a value inside a JSON document, to replace one with random JSON. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => paths(child, [...prefix, key]))];
}

function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((item, i) => (i === head ? replaceAt(item, rest, replacement) : item));
  const record = value as Record<string, unknown>;
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, k === head ? replaceAt(v, rest, replacement) : v]));
}

describe('validate on any input', () => {
  it('never throws on random JSON text', () => {
    fc.assert(fc.property(fc.json(), (text) => check(JSON.parse(text))), { numRuns: 500 });
  });

  it('never throws on random values of any kind', () => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withBigInt: true, withBoxedValues: true, withSparseArray: true, withTypedArray: true, withDate: true }), (value) => check(value)), {
      numRuns: 500,
    });
  });

  it('never throws when random JSON replaces any part of a real scenario', () => {
    const bases = examples.map((example) => ({ example, paths: paths(example) }));
    const mutation = fc
      .constantFrom(...bases)
      .chain(({ example, paths: all }) => fc.tuple(fc.constant(example), fc.constantFrom(...all), fc.jsonValue()));
    fc.assert(
      fc.property(mutation, ([example, path, replacement]) => check(replaceAt(example, path, replacement))),
      { numRuns: 500 },
    );
  });

  it('never throws on documents of random nodes of every kind', () => {
    const node = fc.record({ kind: fc.constantFrom(...NODE_KINDS, 'nope') }).chain((base) =>
      fc.dictionary(fc.constantFrom('next', 'on', 'prompt', 'options', 'conditions', 'intents', 'variable', 'locale', 'timezone', 'hours', 'scenario', 'assign'), fc.jsonValue(), { maxKeys: 4 }).map((rest) => ({ ...rest, ...base })),
    );
    const document = fc.record({
      dsl: fc.constant(2),
      id: fc.constant('random'),
      name: fc.constant('Random'),
      locales: fc.constantFrom(['en-US'], ['de-DE', 'fr-FR']),
      start: fc.constantFrom('a', 'b', 'zzz'),
      nodes: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'toString', '__proto__', 'constructor'), node, { maxKeys: 6 }),
    });
    fc.assert(fc.property(document, (doc) => check(doc, { resolveScenario: () => doc })), { numRuns: 300 });
  });

  it('is not fooled by keys named like object internals', () => {
    const text = JSON.stringify({
      dsl: 2, id: 'x', name: 'X', locales: ['en-US'], start: 'start',
      variables: { constructor: { type: 'string' } },
      nodes: {
        start: { kind: 'start', on: { call: 'm' } },
        m: { kind: 'menu', prompt: { 'en-US': 'Hi {{vars.toString}} {{vars.hasOwnProperty}}' }, options: [{ port: 'toString', dtmf: '1' }, { port: 'constructor', dtmf: '2' }], on: { constructor: 'valueOf' } },
      },
    }).replace('"m":{', '"__proto__":{"kind":"say","prompt":{"__proto__":"x"},"next":"toString"},"m":{');
    const result = validate(JSON.parse(text));
    check(JSON.parse(text));
    const menuErrors = result.diagnostics.filter((d) => d.nodeId === 'm').map((d) => `${d.code} ${d.port ?? ''}`);
    expect(menuErrors).toEqual(expect.arrayContaining(['port.unconnected toString', 'port.unknownTarget constructor']));
    // Reading vars.toString must not find Object.prototype.toString and pass for a declared variable.
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ severity: 'error', nodeId: 'm', path: ['nodes', 'm', 'prompt', 'en-US'] }),
    );
    expect(({} as Record<string, unknown>).kind).toBeUndefined();
  });

  it('copes with values JSON cannot hold: cycles, big integers, symbols', () => {
    const cyclic: Record<string, unknown> = { kind: 'say' };
    cyclic.self = cyclic;
    cyclic.next = cyclic;
    check({ dsl: 2, id: 'x', name: 'X', locales: ['en-US'], start: 'a', nodes: { a: cyclic, b: { kind: cyclic }, c: { kind: 10n }, d: { kind: Symbol('s') } } });
  });

  it('copes with huge strings and deep nesting', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 5000; i++) deep = { on: deep, next: [deep] };
    check({ dsl: 2, id: 'x', name: 'y'.repeat(1_000_000), locales: ['en-US'], start: 's', nodes: { s: deep } });
    check({ dsl: 2, nodes: { a: { kind: 'say', prompt: { 'en-US': '{{'.repeat(100_000) } } } });
  });

  it('follows subflows that return garbage or throw', () => {
    const doc = {
      dsl: 2, id: 'main', name: 'Main', locales: ['en-US'], start: 'start',
      nodes: { start: { kind: 'start', on: { call: 'sub' } }, sub: { kind: 'subflow', scenario: 'other', on: { done: 'bye' } }, bye: { kind: 'hangup' } },
    };
    for (const answer of [null, 42, 'x', [], { dsl: 99 }, { nodes: 'x' }])
      check(doc, { resolveScenario: () => answer });
    check(doc, { resolveScenario: () => { throw new Error('library offline'); } });
  });
});
