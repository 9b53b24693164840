import { compile } from '../dsl/compile';
import type { Scenario } from '../dsl/schema/document';
import { validate } from '../dsl/validate';
import { measure, type Benchmark } from './harness';
import { generatedSubflow, generateScenario, seededPick, SUBFLOW_ID } from './scenario-factory';

const NODES = 1000;
const LOCALES = ['de-DE', 'en-US'];

/** Validate and compile a generated 1,000-node scenario, as `callflow compile` does with a file. */
export const validateCompile: Benchmark = {
  name: 'validate-compile',
  description: `validate + compile of a generated ${NODES}-node scenario (${LOCALES.join(', ')}, every port connected)`,
  run() {
    const document = generateScenario({ nodes: NODES, locales: LOCALES, pick: seededPick(2026) });
    const subflow = validate(generatedSubflow(LOCALES)).scenario;
    const resolveRaw = (id: string) => (id === SUBFLOW_ID ? generatedSubflow(LOCALES) : undefined);
    const resolveScenario = (id: string) => (id === SUBFLOW_ID ? subflow : undefined);

    const checked = validate(document, { resolveScenario: resolveRaw });
    if (!checked.ok || !checked.scenario) {
      const errors = checked.diagnostics.filter((d) => d.severity === 'error').slice(0, 5);
      throw new Error(`the generated scenario is not valid:\n${JSON.stringify(errors, null, 2)}`);
    }
    const scenario: Scenario = checked.scenario;
    const options = { runs: 25, warmup: 5 };
    return [
      measure(`validate (${NODES} nodes)`, () => validate(document, { resolveScenario: resolveRaw }), options),
      measure(`compile, validated (${NODES} nodes)`, () => compile(scenario, { resolveScenario, validated: true }), options),
      measure(
        `validate + compile (${NODES} nodes)`,
        () => {
          const result = validate(document, { resolveScenario: resolveRaw });
          if (result.scenario) compile(result.scenario, { resolveScenario, validated: true });
        },
        { ...options, goalMs: 100 },
      ),
    ];
  },
};
