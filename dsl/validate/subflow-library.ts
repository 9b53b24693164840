/** Other scenarios, as subflow checks see them: loaded through `resolveScenario`, read leniently. */
import { isObject, own } from '../migrate/json';
import { migrate } from '../migrate/migrate';
import { shorten } from './describe';
import type { ValidateOptions } from './types';

export interface Reference {
  scenario: string;
  revision?: number;
}

/** What the checks need from another scenario, read leniently: it may be in any format, even broken. */
export interface Peek {
  problem?: string;
  hasSubflowEntry: boolean;
  variables: string[];
  subflows: Reference[];
}

/** Bounds for following subflows of subflows, so a huge or hostile library cannot stall validation. */
const MAX_DEPTH = 32;
const MAX_LOADS = 200;

export function peek(raw: unknown): Peek {
  const { document, diagnostics } = migrate(raw);
  const problem = diagnostics.find((d) => d.severity === 'error')?.message;
  const doc = isObject(document) ? document : {};
  const nodes = own(doc, 'nodes');
  const start = own(doc, 'start');
  const startNode = isObject(nodes) && typeof start === 'string' ? own(nodes, start) : undefined;
  const on = isObject(startNode) ? own(startNode, 'on') : undefined;
  const variables = own(doc, 'variables');
  const subflows: Reference[] = [];
  if (isObject(nodes))
    for (const node of Object.values(nodes)) {
      if (!isObject(node) || own(node, 'kind') !== 'subflow') continue;
      const scenario = own(node, 'scenario');
      const revision = own(node, 'revision');
      if (typeof scenario === 'string') subflows.push({ scenario, ...(typeof revision === 'number' && { revision }) });
    }
  return {
    ...(problem !== undefined && { problem }),
    hasSubflowEntry: isObject(on) && typeof own(on, 'subflow') === 'string',
    variables: isObject(variables) ? Object.keys(variables) : [],
    subflows,
  };
}

export const keyOf = (ref: Reference) => `${ref.scenario}@${ref.revision ?? 'draft'}`;
/** "scenario 'identify-customer' (revision 3)" */
export function named(ref: Reference): string {
  const revision = ref.revision !== undefined ? ` (revision ${ref.revision})` : '';
  return `scenario '${shorten(ref.scenario, 60)}'${revision}`;
}

/** Loads referenced scenarios once each, counting loads against the budget. */
export function library(resolve: NonNullable<ValidateOptions['resolveScenario']>): (ref: Reference) => Peek | null {
  const cache = new Map<string, Peek | null>();
  return (ref: Reference): Peek | null => {
    const key = keyOf(ref);
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    if (cache.size >= MAX_LOADS) return null;
    let result: Peek | null = null;
    try {
      const raw = resolve(ref.scenario, ref.revision);
      result = raw === undefined || raw === null ? null : peek(raw);
    } catch {
      result = null;
    }
    cache.set(key, result);
    return result;
  };
}

/** Depth-first search for a chain of subflows that comes back to one already running. */
export function findCycle(
  ref: Reference,
  chain: string[],
  running: Set<string>,
  finished: Set<string>,
  load: (ref: Reference) => Peek | null,
): string[] | undefined {
  const key = keyOf(ref);
  if (running.has(key)) return [...chain, ref.scenario];
  if (finished.has(key) || chain.length > MAX_DEPTH) return undefined;
  const target = load(ref);
  if (!target) return undefined;
  running.add(key);
  try {
    for (const child of target.subflows) {
      const cycle = findCycle(child, [...chain, ref.scenario], running, finished, load);
      if (cycle) return cycle;
    }
  } finally {
    running.delete(key);
  }
  finished.add(key);
  return undefined;
}
