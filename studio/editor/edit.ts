import { definitionOf, type NodeKind } from '../../dsl/nodes';
import type { Scenario } from '../../dsl/schema/document';
import { freshId, newNode } from './newNode';
import type { Document } from './store';

/**
 * Edits on the document as the user wrote it: the parsed scenario has every default filled in,
 * and writing it back would bury the few fields the user set under dozens they never chose.
 */
export type RawNode = Record<string, unknown> & { kind: string; next?: string; on?: Record<string, string>; ui?: { x: number; y: number } };

export function nodesOf(document: Document): Record<string, RawNode> {
  return (document.nodes as Record<string, RawNode> | undefined) ?? {};
}

function withNodes(document: Document, nodes: Record<string, RawNode>): Document {
  return { ...document, nodes };
}

export function localesOf(document: Document): string[] {
  const locales = document.locales;
  return Array.isArray(locales) && locales.length > 0 ? (locales as string[]) : ['en-US'];
}

export function addNode(document: Document, kind: NodeKind, position: { x: number; y: number }): { document: Document; id: string } {
  const nodes = nodesOf(document);
  const id = freshId(kind, Object.keys(nodes));
  return { document: withNodes(document, { ...nodes, [id]: newNode(kind, localesOf(document), position) }), id };
}

/** The node with every port that leads to one of `targets` cut. */
function withoutLinksTo(node: RawNode, targets: Set<string>): RawNode {
  let result = node;
  if (typeof node.next === 'string' && targets.has(node.next)) {
    const { next: _cut, ...rest } = node;
    result = rest as RawNode;
  }
  if (node.on && Object.values(node.on).some((t) => targets.has(t))) {
    result = { ...result, on: Object.fromEntries(Object.entries(node.on).filter(([, t]) => !targets.has(t))) };
  }
  return result;
}

/** Removes the nodes and every port that led to them. */
export function deleteNodes(document: Document, ids: string[]): Document {
  const gone = new Set(ids);
  const nodes = Object.fromEntries(
    Object.entries(nodesOf(document))
      .filter(([id]) => !gone.has(id))
      .map(([id, node]) => [id, withoutLinksTo(node, gone)]),
  );
  return withNodes(document, nodes);
}

export function disconnectPorts(document: Document, edges: { source: string; port: string }[]): Document {
  const nodes = { ...nodesOf(document) };
  for (const { source, port } of edges) {
    const node = nodes[source];
    if (!node) continue;
    if (node.on && Object.hasOwn(node.on, port)) {
      const { [port]: _cut, ...on } = node.on;
      nodes[source] = { ...node, on };
    } else if (port === 'next' && 'next' in node) {
      const { next: _cut, ...rest } = node;
      nodes[source] = rest as RawNode;
    }
  }
  return withNodes(document, nodes);
}

/**
 * Carries what the canvas changed (placement and links: `ui`, `next`, `on`) from its parsed
 * scenario into the document, leaving every other field as the user wrote it.
 */
export function mergeCanvasChange(document: Document, before: Scenario, after: Scenario): Document {
  const nodes = { ...nodesOf(document) };
  let changed = false;
  for (const [id, node] of Object.entries(after.nodes)) {
    const old = before.nodes[id];
    const raw = nodes[id];
    if (!raw || JSON.stringify(old) === JSON.stringify(node)) continue;
    const next = (node as { next?: string }).next;
    const on = (node as { on?: Record<string, string> }).on;
    const { next: _next, ...rest } = raw;
    nodes[id] = { ...rest, ...(next !== undefined ? { next } : {}), ...(on !== undefined ? { on } : {}), ...(node.ui ? { ui: node.ui } : {}) } as RawNode;
    changed = true;
  }
  return changed ? withNodes(document, nodes) : document;
}

/** Every placement at once (auto-layout). */
export function placeNodes(document: Document, positions: Record<string, { x: number; y: number }>): Document {
  const nodes = Object.fromEntries(
    Object.entries(nodesOf(document)).map(([id, node]) => {
      const p = positions[id];
      return [id, p ? { ...node, ui: { ...node.ui, x: p.x, y: p.y } } : node];
    }),
  );
  return withNodes(document, nodes);
}

/** Nodes whose id, name or prompt text contains the query (case-insensitive), in document order. */
export function findNodes(scenario: Scenario, query: string): string[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [];
  return Object.entries(scenario.nodes)
    .filter(([id, node]) => {
      const texts = [id, node.name ?? ''];
      for (const ref of definitionOf(node).prompts(node)) {
        for (const value of Object.values(ref.prompt)) texts.push(typeof value === 'string' ? value : (value.text ?? ''));
      }
      return texts.some((t) => t.toLowerCase().includes(needle));
    })
    .map(([id]) => id);
}
