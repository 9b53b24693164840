import { describe, expect, it } from 'vitest';
import { bye, codes, doc, found, say } from './test-helpers';
import { validate } from './validate';

describe('validate', () => {
  it('accepts a small correct scenario and returns it parsed, with defaults', () => {
    const result = validate(doc({ welcome: say('Welcome', 'bye'), bye }));
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.scenario?.nodes.welcome).toMatchObject({ kind: 'say', bargeIn: false });
    expect(result.scenario?.variables).toEqual({});
    expect(Object.keys(result.scenario?.nodes ?? {})).toEqual(['start', 'welcome', 'bye']);
  });

  it('stops after a migration error, without a scenario', () => {
    const result = validate({ ...doc({ bye }), dsl: 9 });
    expect(result.ok).toBe(false);
    expect(result.scenario).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['migrate.newerVersion']);
  });

  it('validates an older format after upgrading it, and says it was upgraded', () => {
    const v1 = { ...doc({ welcome: { kind: 'say', prompt: 'Hello', next: 'bye' }, bye: { kind: 'hangup' } }), dsl: 1, language: 'en-US' };
    delete (v1 as Record<string, unknown>).locales;
    const result = validate(v1);
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['migrate.upgraded']);
    expect(result.scenario?.locales).toEqual(['en-US']);
    expect(result.scenario?.nodes.welcome).toMatchObject({ prompt: { 'en-US': 'Hello' } });
  });

  it('keeps checking the other nodes when one node breaks its schema', () => {
    const result = validate(doc({ welcome: say('Hi', 'broken'), broken: { kind: 'say', next: 'bye' }, lost: say('Lost', 'ghost'), bye }));
    expect(result.ok).toBe(false);
    expect(result.scenario).toBeUndefined();
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'schema.invalid', nodeId: 'broken', message: "Say 'broken': prompt is missing", path: ['nodes', 'broken', 'prompt'] }),
    );
    // The broken node exists, so leading to it is fine, and what it leads to still counts as reached.
    expect(result.diagnostics.filter((d) => d.code === 'port.unknownTarget').map((d) => d.nodeId)).toEqual(['lost']);
    expect(result.diagnostics.filter((d) => d.code === 'node.unreachable').map((d) => d.nodeId)).toEqual(['lost']);
  });

  it('names an unknown kind and lists the known ones', () => {
    const [diagnostic] = found(doc({ x: { kind: 'mneu' } }), 'node.unknownKind');
    expect(diagnostic).toMatchObject({ severity: 'error', nodeId: 'x', path: ['nodes', 'x', 'kind'] });
    expect(diagnostic?.message).toMatch(/^Node 'x': unknown kind 'mneu' \(known kinds: start, say, menu, .*\) \(did you mean 'menu'\?\)$/);
  });

  it('reports a node without a kind, and a node that is not an object', () => {
    expect(found(doc({ a: { name: 'A' } }), 'node.missingKind')[0]?.message).toMatch(/^Node 'A': kind is missing/);
    expect(found(doc({ a: 'say hello' }), 'schema.invalid')[0]?.message).toBe(`Node 'a' must be a group of settings with a "kind"`);
    expect(found(doc({ a: { kind: 7 } }), 'node.unknownKind')[0]?.message).toMatch(/^Node 'a': unknown kind of type number \(known kinds: /);
  });

  it('reports node ids that are not valid or that are reserved', () => {
    expect(found(doc({ 'a.b': bye }), 'node.invalidId')[0]).toMatchObject({ nodeId: 'a.b', path: ['nodes', 'a.b'] });
    const reserved = JSON.parse(JSON.stringify(doc({ bye })).replace('"bye":{', '"__proto__":{"kind":"hangup"},"bye":{'));
    expect(found(reserved, 'node.reservedId')[0]?.message).toBe("Node '__proto__': this id is reserved; choose another one");
  });

  it('runs the rules even when a scenario setting they do not need is broken', () => {
    const result = validate(doc({ welcome: say('Hi', 'missing') }, { name: '' }));
    expect(result.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['schema.invalid', 'port.unknownTarget']));
    expect(result.scenario).toBeUndefined();
  });

  it('is ok with warnings and infos, but not with an error', () => {
    const warningsOnly = validate(doc({ welcome: say('Hi', 'bye'), bye, spare: bye }));
    expect(warningsOnly.diagnostics.map((d) => d.severity)).toEqual(['warning']);
    expect(warningsOnly.ok).toBe(true);
    expect(validate(doc({ welcome: say('Hi') })).ok).toBe(false);
  });

  it('orders by severity, then by node order in the document, then by code', () => {
    const input = doc({
      a: { kind: 'menu', prompt: { 'en-US': 'Choose' }, options: [{ port: 'x', dtmf: '1' }], on: { x: 'b' } },
      b: say('B'),
      c: say('C', 'ghost'),
    });
    const diagnostics = validate(input).diagnostics.map((d) => `${d.severity} ${d.nodeId ?? '-'} ${d.code}`);
    expect(diagnostics).toEqual([
      'error b port.unconnected',
      'error c port.unknownTarget',
      'warning c node.unreachable',
      'info a port.optionalUnconnected',
      'info a port.optionalUnconnected',
    ]);
  });

  it('gives the same diagnostics for the same document', () => {
    const input = doc({ a: say('{{vars.x}}', 'a'), b: { kind: 'nope' }, c: say('C', 'zz') }, { locales: ['en-US', 'de-DE'] });
    expect(validate(input)).toEqual(validate(structuredClone(input)));
  });

  it('does not mutate its input', () => {
    const input = doc({ welcome: say('Hi', 'bye'), bye });
    const before = structuredClone(input);
    validate(input);
    expect(input).toEqual(before);
  });

  it('accepts a missing options argument and an explicit undefined', () => {
    expect(codes(doc({ welcome: say('Hi', 'bye'), bye }), undefined)).toEqual([]);
  });
});
