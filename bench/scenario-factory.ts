import { definitionOf, Node } from '../dsl/nodes';
import type { ScenarioInput } from '../dsl/schema/document';
import { NODE_BODIES, SUBFLOW_ID, type BodyContext, type GeneratedKind } from './node-bodies';

export { SUBFLOW_ID };

/** A source of randomness: an integer in [0, n). Seeded in benchmarks, driven by fast-check in tests. */
export type Pick = (n: number) => number;

export interface GenerateOptions {
  nodes: number;
  locales: string[];
  pick: Pick;
  /** Share of optional ports that get connected (required ones always are); 1 connects every port. */
  optionalPorts?: number;
  /** Lets ports of nodes that wait for the caller lead back to earlier nodes, so the graph has loops. */
  loops?: boolean;
  /** Relative frequency of each kind; kinds left out are not generated. */
  weights?: Partial<Record<GeneratedKind, number>>;
}

/** Roughly the mix of a large production IVR: mostly prompts, menus and routing. */
export const REALISTIC_MIX: Record<GeneratedKind, number> = {
  say: 20, menu: 12, ask: 8, branch: 8, set: 8, http: 6, schedule: 3, callerList: 2, language: 2,
  transfer: 5, queue: 4, voicemail: 3, record: 2, bot: 3, message: 3, tag: 5, subflow: 2, hangup: 4,
};

interface OpenPort {
  from: string;
  port: string;
  required: boolean;
  /** Leaving the node waits for the caller, so a loop through this port cannot spin. */
  waits: boolean;
}

/**
 * Builds a valid scenario as a tree grown from the start node: every new node fills an open
 * port of a node already reached, so nothing is unreachable; ports still open at the end lead
 * to a closing hangup (or, with `loops`, back to an earlier node when the port's node waits).
 */
export function generateScenario(options: GenerateOptions): ScenarioInput {
  const { pick, locales } = options;
  const weights = Object.entries(options.weights ?? REALISTIC_MIX).filter(([, w]) => w > 0) as [GeneratedKind, number][];
  const context: BodyContext = { locales, pick };
  const nodes: Record<string, Record<string, unknown>> = { start: { kind: 'start', on: {} } };
  const order: string[] = ['start'];
  const open: OpenPort[] = [{ from: 'start', port: 'call', required: true, waits: false }];
  const skip = (slot: OpenPort) => !slot.required && pick(1000) >= (options.optionalPorts ?? 1) * 1000;

  while (order.length < options.nodes - 1 && open.length > 0) {
    const [slot] = open.splice(pick(open.length), 1);
    if (!slot) break;
    if (skip(slot)) continue;
    // With no other port left open, a hangup here would end the graph before it reaches its size.
    const kind = chooseKind(weights, pick, open.length === 0);
    const id = `${kind}_${order.length}`;
    const body = NODE_BODIES[kind](context, order.length);
    const parsed = Node.parse(body);
    const definition = definitionOf(parsed);
    nodes[id] = body;
    order.push(id);
    connect(nodes, slot, id);
    for (const port of definition.ports(parsed))
      open.push({ from: id, port: port.name, required: port.required, waits: definition.waits(parsed) });
  }

  const closing = 'hangup_end';
  for (const slot of open) {
    if (skip(slot)) continue;
    const loopBack = options.loops && slot.waits && pick(3) === 0;
    connect(nodes, slot, loopBack ? (order[pick(order.length - 1) + 1] ?? closing) : closing);
  }
  if (reaches(nodes, closing)) nodes[closing] = NODE_BODIES.hangup(context, order.length);

  return {
    $schema: '../dsl/scenario.schema.json',
    dsl: 2,
    id: 'generated',
    name: `Generated scenario (${Object.keys(nodes).length} nodes)`,
    locales,
    channels: ['voice'],
    variables: Object.fromEntries(Object.entries(VARIABLES).map(([name, type]) => [name, { type, default: DEFAULTS[type] }])),
    start: 'start',
    nodes: nodes as ScenarioInput['nodes'],
  };
}

/** The scenario every generated subflow node runs: it greets and returns. */
export function generatedSubflow(locales: string[]): ScenarioInput {
  return {
    dsl: 2,
    id: SUBFLOW_ID,
    name: 'Generated subflow',
    locales,
    channels: ['voice'],
    start: 'start',
    nodes: {
      start: { kind: 'start', on: { subflow: 'hello' } },
      hello: { kind: 'say', prompt: Object.fromEntries(locales.map((l) => [l, `Subflow (${l})`])), next: 'done' },
      done: { kind: 'return' },
    },
  };
}

/** A seeded source of randomness (mulberry32), so a benchmark sees the same scenario on every run. */
export function seededPick(seed: number): Pick {
  let state = seed >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const VARIABLES = { customer: 'string', score: 'number', answer: 'string', vip: 'boolean' } as const;
const DEFAULTS = { string: '', number: 0, boolean: false } as const;

function chooseKind(weights: [GeneratedKind, number][], pick: Pick, mustContinue: boolean): GeneratedKind {
  const usable = mustContinue ? weights.filter(([kind]) => kind !== 'hangup') : weights;
  const total = usable.reduce((sum, [, w]) => sum + w, 0);
  let roll = pick(total);
  for (const [kind, weight] of usable) {
    if (roll < weight) return kind;
    roll -= weight;
  }
  return 'say';
}

function connect(nodes: Record<string, Record<string, unknown>>, slot: OpenPort, target: string): void {
  const node = nodes[slot.from];
  if (!node) return;
  if (slot.port === 'next') node.next = target;
  else node.on = { ...(node.on as object), [slot.port]: target };
}

function reaches(nodes: Record<string, Record<string, unknown>>, id: string): boolean {
  return Object.values(nodes).some((node) => node.next === id || Object.values((node.on as object) ?? {}).includes(id));
}
