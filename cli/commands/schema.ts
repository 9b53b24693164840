import { scenarioSchemaText } from '../../scripts/generate-schema';

export function schemaCommand(): number {
  process.stdout.write(scenarioSchemaText());
  return 0;
}
