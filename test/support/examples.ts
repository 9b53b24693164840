import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, type CompiledScenario } from '../../dsl/compile';
import { Scenario } from '../../dsl/schema/document';

export const EXAMPLES_DIR = join(import.meta.dirname, '..', '..', 'examples');

/** Every example, parsed, by scenario id. */
export function loadExamples(): Map<string, Scenario> {
  const examples = new Map<string, Scenario>();
  for (const file of readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.json')).sort()) {
    const scenario = Scenario.parse(JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8')));
    examples.set(scenario.id, scenario);
  }
  return examples;
}

export function compileExample(id: string): CompiledScenario {
  const examples = loadExamples();
  const scenario = examples.get(id);
  if (!scenario) throw new Error(`no example ${id}`);
  return compile(scenario, { resolveScenario: (ref) => examples.get(ref) });
}
