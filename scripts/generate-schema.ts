import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DSL_VERSION, Scenario } from '../dsl/schema/document';

export const SCHEMA_FILE = fileURLToPath(new URL('../dsl/scenario.schema.json', import.meta.url));

/**
 * The JSON Schema of a scenario document as editors see it. `io: 'input'` describes what a
 * person may write (fields with defaults are optional), not the parsed result.
 */
export function scenarioSchemaText(): string {
  const { $schema, ...rest } = z.toJSONSchema(Scenario, { io: 'input' });
  const document = {
    $schema,
    // A URN rather than a URL: nothing is served there, editors follow the relative `$schema` path.
    $id: `urn:callflow-studio:scenario:dsl-${DSL_VERSION}`,
    title: 'Callflow Studio scenario',
    ...rest,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

// Only write when run as a script (`npm run schema`), so tests can import the function.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, scenarioSchemaText());
  console.log(`wrote ${SCHEMA_FILE}`);
}
