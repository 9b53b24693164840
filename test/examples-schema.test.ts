import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../dsl/nodes';
import { Scenario } from '../dsl/schema/document';
import { validate } from '../dsl/validate';

const folder = new URL('../examples/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
const documents = files.map((file) => ({ file, json: JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as unknown }));
const byId = new Map(documents.map(({ json }) => [(json as { id: string }).id, json]));
/** Subflows resolve to the example with that id, as the runtime resolves them from its store. */
const resolveScenario = (id: string) => byId.get(id);

describe('examples', () => {
  it('are there to read', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
  });

  describe.each(documents)('$file', ({ file, json }) => {
    it('is a valid scenario document', () => {
      const result = Scenario.safeParse(json);
      expect(result.success ? [] : result.error.issues).toEqual([]);
    });

    it('points editors at the JSON Schema and is named after its id', () => {
      const scenario = Scenario.parse(json);
      expect((json as { $schema?: string }).$schema).toBe('../dsl/scenario.schema.json');
      expect(file).toBe(`${scenario.id}.json`);
    });

    it('passes validation without errors, its subflows resolved from the examples', () => {
      const errors = validate(json, { resolveScenario }).diagnostics.filter((d) => d.severity === 'error');
      expect(errors.map((d) => `${d.code} ${d.nodeId ?? ''}: ${d.message}`)).toEqual([]);
    });

    it('names and places every node on the canvas', () => {
      const scenario = Scenario.parse(json);
      const unnamed = Object.entries(scenario.nodes).filter(([, node]) => !node.name || !node.ui).map(([id]) => id);
      expect(unnamed).toEqual([]);
    });
  });

  it('together use every node kind', () => {
    const used = new Set(documents.flatMap(({ json }) => Object.values(Scenario.parse(json).nodes).map((n) => n.kind)));
    expect(NODE_KINDS.filter((kind) => !used.has(kind))).toEqual([]);
  });
});
