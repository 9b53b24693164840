import { freshId } from './newNode';
import { nodesOf, type RawNode } from './edit';
import type { Document } from './store';

/** What copy puts on the clipboard: the nodes and the links among them, nothing that leads outside. */
export interface Clip {
  type: 'callflow/nodes';
  nodes: Record<string, RawNode>;
}

export const CLIPBOARD_KEY = 'callflow.clipboard';

function relink(node: RawNode, ids: Map<string, string>): RawNode {
  const { next, on, ...rest } = node;
  const result: RawNode = { ...rest } as RawNode;
  if (typeof next === 'string' && ids.has(next)) result.next = ids.get(next)!;
  if (on) result.on = Object.fromEntries(Object.entries(on).flatMap(([port, t]) => (ids.has(t) ? [[port, ids.get(t)!]] : [])));
  return result;
}

export function copyNodes(document: Document, ids: string[]): Clip | null {
  const nodes = nodesOf(document);
  const chosen = ids.filter((id) => Object.hasOwn(nodes, id));
  if (chosen.length === 0) return null;
  const same = new Map(chosen.map((id) => [id, id]));
  return { type: 'callflow/nodes', nodes: Object.fromEntries(chosen.map((id) => [id, relink(nodes[id]!, same)])) };
}

export function parseClip(text: string | null | undefined): Clip | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<Clip>;
    return value && value.type === 'callflow/nodes' && value.nodes && typeof value.nodes === 'object' ? (value as Clip) : null;
  } catch {
    return null;
  }
}

/** Adds the clip's nodes under fresh ids, links among them kept, shifted so they do not hide the originals. */
export function pasteNodes(document: Document, clip: Clip, offset = { x: 40, y: 40 }): { document: Document; ids: string[] } {
  const nodes = { ...nodesOf(document) };
  const ids = new Map<string, string>();
  for (const id of Object.keys(clip.nodes)) {
    const fresh = freshId(id, [...Object.keys(nodes), ...ids.values()]);
    ids.set(id, fresh);
  }
  for (const [id, node] of Object.entries(clip.nodes)) {
    const ui = node.ui ?? { x: 0, y: 0 };
    nodes[ids.get(id)!] = { ...relink(node, ids), ui: { ...ui, x: ui.x + offset.x, y: ui.y + offset.y } };
  }
  return { document: { ...document, nodes }, ids: [...ids.values()] };
}
