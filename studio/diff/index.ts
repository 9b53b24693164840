/**
 * What changed between two scenario documents (two revisions, or a revision and the draft):
 * nodes added, removed or changed (with the property paths that differ) and edges added,
 * removed or re-pointed. Pure, and it works on raw documents: a revision or a half-edited
 * draft need not parse for its differences to be shown.
 */
export type ChangeKind = 'added' | 'removed' | 'changed';

type Document = Record<string, unknown>;

export interface NodeChange {
  id: string;
  change: ChangeKind;
  /** The node's kind (from the side that has it). */
  kind: string;
  /** Dotted paths of the properties that differ, e.g. "prompt.en" or "on.1"; empty unless changed. */
  properties: string[];
}

export interface EdgeChange {
  /** The node the edge leaves and its port ("next" for single-port kinds). */
  source: string;
  port: string;
  change: ChangeKind;
  /** Where the port led before and leads after (undefined on the side without the edge). */
  before?: string;
  after?: string;
}

export interface ScenarioDiff {
  nodes: NodeChange[];
  edges: EdgeChange[];
  /** Dotted paths of document settings outside `nodes` that differ (name, locales, variables.x…). */
  settings: string[];
}

export interface DiffOptions {
  /** Count moved nodes (`ui` placement) as changed; off by default: moving is not a change of behaviour. */
  layout?: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (record: Record<string, unknown>, key: string) => (Object.hasOwn(record, key) ? record[key] : undefined);
const nodesOf = (document: Document): Record<string, unknown> => (isRecord(document.nodes) ? document.nodes : {});

/** Where each port of a node leads: `next` for single-port kinds, the entries of `on` for the others. */
export function linksOf(node: unknown): Map<string, string> {
  const links = new Map<string, string>();
  if (!isRecord(node)) return links;
  if (typeof node.next === 'string') links.set('next', node.next);
  if (isRecord(node.on)) {
    for (const [port, target] of Object.entries(node.on)) if (typeof target === 'string') links.set(port, target);
  }
  return links;
}

/** Paths where two JSON values differ; arrays compare as a whole (an inserted option shifts every index). */
export function changedPaths(before: unknown, after: unknown, prefix = ''): string[] {
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => changedPaths(own(before, key), own(after, key), prefix ? `${prefix}.${key}` : key));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [prefix];
}

export function diffScenarios(before: Document, after: Document, options: DiffOptions = {}): ScenarioDiff {
  const old = nodesOf(before);
  const now = nodesOf(after);
  const ids = [...new Set([...Object.keys(old), ...Object.keys(now)])];
  const nodes: NodeChange[] = [];
  const edges: EdgeChange[] = [];
  for (const id of ids) {
    const a = own(old, id);
    const b = own(now, id);
    const kind = String((isRecord(b) ? b.kind : undefined) ?? (isRecord(a) ? a.kind : undefined) ?? '');
    if (a === undefined) nodes.push({ id, change: 'added', kind, properties: [] });
    else if (b === undefined) nodes.push({ id, change: 'removed', kind, properties: [] });
    else {
      const properties = changedPaths(a, b).filter((path) => options.layout || !(path === 'ui' || path.startsWith('ui.')));
      if (properties.length > 0) nodes.push({ id, change: 'changed', kind, properties });
    }
    edges.push(...diffLinks(id, linksOf(a), linksOf(b)));
  }
  const { nodes: _before, ...beforeSettings } = before;
  const { nodes: _after, ...afterSettings } = after;
  return { nodes, edges, settings: changedPaths(beforeSettings, afterSettings) };
}

function diffLinks(source: string, before: Map<string, string>, after: Map<string, string>): EdgeChange[] {
  const ports = [...new Set([...before.keys(), ...after.keys()])];
  return ports.flatMap((port): EdgeChange[] => {
    const a = before.get(port);
    const b = after.get(port);
    if (a === b) return [];
    const change: ChangeKind = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
    return [{ source, port, change, ...(a !== undefined ? { before: a } : {}), ...(b !== undefined ? { after: b } : {}) }];
  });
}

/** The canvas overlay: each node that differs, coloured by how. */
export function diffOverlay(diff: ScenarioDiff): Record<string, ChangeKind> {
  return Object.fromEntries(diff.nodes.map((n) => [n.id, n.change]));
}

export function isEmptyDiff(diff: ScenarioDiff): boolean {
  return diff.nodes.length === 0 && diff.edges.length === 0 && diff.settings.length === 0;
}
