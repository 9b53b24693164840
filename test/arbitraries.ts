import fc from 'fast-check';
import { generatedSubflow, generateScenario, REALISTIC_MIX, seededPick, SUBFLOW_ID } from '../bench/scenario-factory';
import type { GeneratedKind } from '../bench/node-bodies';
import type { ScenarioInput } from '../dsl/schema/document';

const LOCALES = ['de-DE', 'en-US', 'fr-FR'];

export interface GeneratedScenario {
  document: ScenarioInput;
  /** The subflow its subflow nodes run, for `resolveScenario`. */
  subflow: ScenarioInput;
}

/**
 * Valid scenarios of 2 to `maxNodes` nodes: random graphs over every node kind with a random
 * mix, locales and optional ports, and loops only through nodes that wait for the caller.
 * The graph is grown from a seed, so fast-check shrinks towards fewer nodes and simpler mixes.
 */
export function validScenario(maxNodes = 60): fc.Arbitrary<GeneratedScenario> {
  const weights = fc.record(
    Object.fromEntries(Object.keys(REALISTIC_MIX).map((kind) => [kind, fc.integer({ min: 0, max: 5 })])) as Record<
      GeneratedKind,
      fc.Arbitrary<number>
    >,
  );
  return fc
    .record({
      nodes: fc.integer({ min: 2, max: maxNodes }),
      seed: fc.integer(),
      locales: fc.shuffledSubarray(LOCALES, { minLength: 1 }),
      loops: fc.boolean(),
      optionalPorts: fc.double({ min: 0, max: 1, noNaN: true }),
      weights,
    })
    .map(({ seed, ...options }) => ({
      document: generateScenario({ ...options, pick: seededPick(seed) }),
      subflow: generatedSubflow(options.locales),
    }));
}

/** Finds the generated subflow by id, as a file-based or stored library would. */
export const resolveGenerated = (generated: GeneratedScenario) => (id: string) =>
  id === SUBFLOW_ID ? generated.subflow : undefined;

/**
 * Almost-valid documents: a valid scenario with a few fields (top-level or inside a node)
 * replaced by random JSON or removed. These reach the rules behind the schema check,
 * which plain random JSON never does.
 */
export function damagedScenario(): fc.Arbitrary<unknown> {
  const damage = fc.record({
    inNode: fc.boolean(),
    nodeIndex: fc.nat(),
    keyIndex: fc.nat(),
    replacement: fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
  });
  return fc.tuple(validScenario(12), fc.array(damage, { minLength: 1, maxLength: 4 })).map(([generated, damages]) => {
    const document = structuredClone(generated.document) as Record<string, unknown>;
    for (const { inNode, nodeIndex, keyIndex, replacement } of damages) {
      const nodes = document.nodes as Record<string, Record<string, unknown>> | undefined;
      const ids = nodes && typeof nodes === 'object' ? Object.keys(nodes) : [];
      const target = inNode && ids.length > 0 ? nodes?.[ids[nodeIndex % ids.length] ?? ''] : document;
      if (!target || typeof target !== 'object') continue;
      const keys = [...Object.keys(target), 'extra'];
      const key = keys[keyIndex % keys.length] ?? 'extra';
      if (replacement === undefined) delete target[key];
      else target[key] = replacement;
    }
    return document;
  });
}
