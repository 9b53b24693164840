import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DSL_VERSION } from '../dsl/schema/document';
import { SCHEMA_FILE, scenarioSchemaText } from '../scripts/generate-schema';

describe('dsl/scenario.schema.json', () => {
  it('is what `npm run schema` generates from the zod schema (run it after changing a schema)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(scenarioSchemaText());
  });

  it('comes out byte-identical on every run', () => {
    expect(scenarioSchemaText()).toBe(scenarioSchemaText());
  });

  it('describes the current format version and lets documents carry their $schema reference', () => {
    const schema = JSON.parse(scenarioSchemaText());
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.dsl.const).toBe(DSL_VERSION);
    expect(schema.properties.$schema).toEqual({ type: 'string' });
  });

  it('describes what a person writes: fields with defaults are optional', () => {
    const schema = JSON.parse(scenarioSchemaText());
    expect(schema.required).toEqual(expect.arrayContaining(['dsl', 'id', 'name', 'locales', 'start', 'nodes']));
    expect(schema.required).not.toContain('channels');
    expect(schema.required).not.toContain('variables');
  });
});
