import type { NodeOf } from '../../../dsl/nodes';
import { loadExamples } from '../../../test/support/examples';

/** A bot node of an example scenario, parsed with its defaults, for NLU tests and the benchmark. */
export function loadExample(scenarioId: string, nodeId: string): NodeOf<'bot'> {
  const node = loadExamples().get(scenarioId)?.nodes[nodeId];
  if (node?.kind !== 'bot') throw new Error(`${scenarioId} has no bot node '${nodeId}'`);
  return node;
}
