import { describe, expect, it } from 'vitest';
import { DSL_VERSION } from '../schema/document';
import { migrate } from './migrate';
import { MIGRATION_STEPS, OLDEST_VERSION } from './steps';

const current = { dsl: 2, id: 'x', name: 'X', locales: ['de-DE'], start: 's', nodes: {} };

describe('migrate', () => {
  it('returns a current document unchanged, without diagnostics', () => {
    const result = migrate(current);
    expect(result.document).toBe(current);
    expect(result.from).toBeUndefined();
    expect(result.diagnostics).toEqual([]);
  });

  it('reports a missing dsl version', () => {
    const { diagnostics, from } = migrate({ id: 'x' });
    expect(from).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', code: 'migrate.missingVersion', path: ['dsl'] }),
    ]);
    expect(diagnostics[0]?.message).toMatch(/^missing dsl version/);
  });

  it.each([['2'], [1.5], [null], [Number.NaN]])('treats dsl %s as a missing version', (dsl) => {
    expect(migrate({ dsl }).diagnostics[0]?.code).toBe('migrate.missingVersion');
  });

  it('rejects a format newer than this build with a clear message', () => {
    const { diagnostics, document } = migrate({ ...current, dsl: 3 });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', code: 'migrate.newerVersion' });
    expect(diagnostics[0]?.message).toBe('written by a newer Callflow Studio (format 3); this build reads up to 2');
    expect(document).toEqual({ ...current, dsl: 3 });
  });

  it('rejects a format that never existed', () => {
    expect(migrate({ dsl: 0 }).diagnostics[0]?.code).toBe('migrate.unknownVersion');
  });

  it('reports input that is not an object', () => {
    for (const input of [null, [], 'text', 42, undefined])
      expect(migrate(input).diagnostics[0]?.code).toBe('document.notObject');
  });

  it('upgrades an older format and says so', () => {
    const result = migrate({ dsl: 1, id: 'x', name: 'X', language: 'de-DE', start: 's', nodes: {} });
    expect(result.from).toBe(1);
    expect(result.document).toEqual(current);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'info', code: 'migrate.upgraded' }),
    ]);
  });

  it('has one step per format, from the oldest up to the current one', () => {
    expect(MIGRATION_STEPS.map((s) => s.from)).toEqual(
      Array.from({ length: DSL_VERSION - OLDEST_VERSION }, (_, i) => OLDEST_VERSION + i),
    );
  });

  it('does not let a "__proto__" key change any prototype', () => {
    const input = JSON.parse('{"dsl": 1, "language": "de-DE", "nodes": {"__proto__": {"kind": "say", "prompt": "Hi"}}}');
    const { document } = migrate(input) as { document: { nodes: Record<string, unknown> } };
    expect(Object.getPrototypeOf(document.nodes)).toBe(Object.prototype);
    expect(Object.keys(document.nodes)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).kind).toBeUndefined();
  });
});
