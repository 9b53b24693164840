import { describe, expect, it } from 'vitest';
import { scenarioSchemaText } from '../scripts/generate-schema';
import { runCli } from './testing';

describe('callflow schema', () => {
  it('prints the JSON Schema of a scenario document, the text dsl/scenario.schema.json is generated from', async () => {
    const run = await runCli('schema');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(scenarioSchemaText());
    expect(JSON.parse(run.stdout)).toMatchObject({ title: 'Callflow Studio scenario', required: expect.arrayContaining(['dsl', 'nodes']) });
  });
});
