import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isObject } from '../migrate/json';
import { validate } from './validate';

const examplesDir = new URL('../../examples/', import.meta.url);
const examples = new Map(
  readdirSync(examplesDir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => [file, JSON.parse(readFileSync(new URL(file, examplesDir), 'utf8')) as Record<string, unknown>]),
);
const byId = new Map([...examples.values()].map((doc) => [doc.id as string, doc]));
const library = { resolveScenario: (id: string) => byId.get(id) };

describe('validating the examples', () => {
  it.each([...examples.keys()])('finds no error or warning in %s, with the other examples as its library', (file) => {
    const result = validate(examples.get(file), library);
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.scenario?.id).toBe(examples.get(file)?.id);
  });

  it('names each problem of a damaged copy by its node', () => {
    const original = examples.values().next().value as Record<string, unknown>;
    const copy = structuredClone(original) as { locales: string[]; nodes: Record<string, Record<string, unknown>> };
    const [firstId, first] = Object.entries(copy.nodes).find(([, node]) => node.kind === 'say' || node.kind === 'menu') ?? [];
    expect(firstId).toBeDefined();
    const prompt = first?.prompt as Record<string, unknown>;
    delete prompt[copy.locales[0] as string];
    copy.nodes.orphan = { kind: 'hangup' };
    const [danglingId, dangling] = Object.entries(copy.nodes).find(([, node]) => typeof node.next === 'string') ?? [];
    expect(dangling).toBeDefined();
    if (dangling) dangling.next = 'nowhere';
    const result = validate(copy, library);
    expect(result.ok).toBe(false);
    const problems = result.diagnostics.map((d) => `${d.code} ${d.nodeId}`);
    expect(problems).toContain(`locale.missing ${firstId}`);
    expect(problems).toContain('node.unreachable orphan');
    expect(problems).toContain(`port.unknownTarget ${danglingId}`);
    expect(isObject(result.scenario)).toBe(true);
  });
});
