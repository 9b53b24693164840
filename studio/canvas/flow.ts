import type { Edge, Node as FlowNode, XYPosition } from '@xyflow/react';
import type { Diagnostic } from '../../dsl/diagnostics';
import { definitionOf, type Node, type NodeKind } from '../../dsl/nodes';
import { targetOf } from '../../dsl/nodes/ports';
import type { Scenario } from '../../dsl/schema/document';

/** What every canvas node component receives. A type alias, so React Flow sees it as a plain record. */
export type ScenarioNodeData = {
  node: Node;
  id: string;
  label: string;
  /** The scenario's default locale: the one whose prompt text the node shows. */
  locale?: string;
  diagnostics?: Diagnostic[];
  active?: boolean;
};
export type ScenarioFlowNode = FlowNode<ScenarioNodeData, NodeKind>;
export type ScenarioFlowEdge = Edge;

export type StickyNote = NonNullable<Scenario['notes']>[string];
/** A sticky note on the canvas: not part of the call flow, so no ports and no diagnostics. */
export type NoteData = { text: string; color?: string; onText?: (text: string) => void };
export const NOTE_TYPE = 'note';
export type NoteFlowNode = FlowNode<NoteData, typeof NOTE_TYPE>;
export type CanvasFlowNode = ScenarioFlowNode | NoteFlowNode;

export function isNoteNode(node: CanvasFlowNode): node is NoteFlowNode {
  return node.type === NOTE_TYPE;
}

/** Where a node without saved placement goes: a loose grid, so new nodes never stack exactly. */
function fallbackPosition(index: number): XYPosition {
  return { x: (index % 5) * 280, y: Math.floor(index / 5) * 200 };
}

export function scenarioToFlow(scenario: Scenario): { nodes: ScenarioFlowNode[]; edges: ScenarioFlowEdge[]; notes: NoteFlowNode[] } {
  const ids = Object.keys(scenario.nodes);
  const nodes = ids.map((id, index): ScenarioFlowNode => {
    const node = scenario.nodes[id]!;
    return {
      id,
      type: node.kind,
      position: node.ui ? { x: node.ui.x, y: node.ui.y } : fallbackPosition(index),
      data: { node, id, label: node.name ?? id, locale: scenario.locales[0] },
    };
  });
  const edges = ids.flatMap((id) => {
    const node = scenario.nodes[id]!;
    const ports = definitionOf(node).ports(node);
    return ports.flatMap((port): ScenarioFlowEdge[] => {
      const target = targetOf(node, port.name);
      // A port leading to a missing node is a validation problem, not an edge to draw.
      if (!target || !Object.hasOwn(scenario.nodes, target)) return [];
      return [
        {
          id: edgeId(id, port.name),
          source: id,
          sourceHandle: port.name,
          target,
          ...(ports.length > 1 ? { label: port.name } : {}),
        },
      ];
    });
  });
  const notes = Object.entries(scenario.notes ?? {}).map(
    ([id, note]): NoteFlowNode => ({
      id,
      type: NOTE_TYPE,
      position: { x: note.ui.x, y: note.ui.y },
      connectable: false,
      ...(note.ui.width ? { width: note.ui.width } : {}),
      ...(note.ui.height ? { height: note.ui.height } : {}),
      data: { text: note.text, ...(note.ui.color ? { color: note.ui.color } : {}) },
    }),
  );
  return { nodes, edges, notes };
}

export function edgeId(source: string, port: string): string {
  return `${source}:${port}`;
}

/** Single-port kinds (say, set, …) keep their target in `next`; every other kind in `on`. */
function usesNext(node: Node): boolean {
  const ports = definitionOf(node).ports(node);
  return ports.length === 1 && ports[0]!.name === 'next' && !('on' in node);
}

function nodeWithPort(scenario: Scenario, source: string, port: string): Node {
  const node = Object.hasOwn(scenario.nodes, source) ? scenario.nodes[source] : undefined;
  if (!node) throw new Error(`no node "${source}"`);
  if (!definitionOf(node).ports(node).some((p) => p.name === port)) {
    throw new Error(`node "${source}" has no port "${port}"`);
  }
  return node;
}

function replaceNode(scenario: Scenario, id: string, node: Node): Scenario {
  return { ...scenario, nodes: { ...scenario.nodes, [id]: node } };
}

/** Leads `port` of `source` to `target`, replacing whatever it led to. */
export function connect(scenario: Scenario, source: string, port: string, target: string): Scenario {
  const node = nodeWithPort(scenario, source, port);
  if (!Object.hasOwn(scenario.nodes, target)) throw new Error(`no node "${target}"`);
  const updated = usesNext(node)
    ? { ...node, next: target }
    : { ...node, on: { ...(node as { on: Record<string, string> }).on, [port]: target } };
  return replaceNode(scenario, source, updated as Node);
}

export function disconnect(scenario: Scenario, source: string, port: string): Scenario {
  const node = nodeWithPort(scenario, source, port);
  if (usesNext(node)) {
    const { next: _dropped, ...rest } = node as Node & { next?: string };
    return replaceNode(scenario, source, rest as Node);
  }
  const { [port]: _dropped, ...on } = (node as { on: Record<string, string> }).on;
  return replaceNode(scenario, source, { ...node, on } as Node);
}

function hasNote(scenario: Scenario, id: string): boolean {
  return !!scenario.notes && Object.hasOwn(scenario.notes, id);
}

function replaceNote(scenario: Scenario, id: string, note: StickyNote): Scenario {
  return { ...scenario, notes: { ...scenario.notes, [id]: note } };
}

/** Moves a scenario node or a sticky note; positions are whole pixels. */
export function moveNode(scenario: Scenario, id: string, position: XYPosition): Scenario {
  if (hasNote(scenario, id)) {
    const note = scenario.notes![id]!;
    return replaceNote(scenario, id, { ...note, ui: { ...note.ui, x: Math.round(position.x), y: Math.round(position.y) } });
  }
  const node = Object.hasOwn(scenario.nodes, id) ? scenario.nodes[id] : undefined;
  if (!node) throw new Error(`no node "${id}"`);
  const x = Math.round(position.x);
  const y = Math.round(position.y);
  return replaceNode(scenario, id, { ...node, ui: { ...node.ui, x, y } } as Node);
}

export function setNoteText(scenario: Scenario, id: string, text: string): Scenario {
  if (!hasNote(scenario, id)) throw new Error(`no note "${id}"`);
  return replaceNote(scenario, id, { ...scenario.notes![id]!, text });
}

/** Removes the sticky notes among `ids`; ids of scenario nodes are left alone. */
export function deleteNotes(scenario: Scenario, ids: string[]): Scenario {
  if (!ids.some((id) => hasNote(scenario, id))) return scenario;
  const gone = new Set(ids);
  return { ...scenario, notes: Object.fromEntries(Object.entries(scenario.notes!).filter(([id]) => !gone.has(id))) };
}

/** The first free `note<n>` id: unique among notes and nodes, as both share the canvas. */
export function freshNoteId(scenario: Pick<Scenario, 'nodes' | 'notes'>): string {
  const taken = new Set([...Object.keys(scenario.nodes ?? {}), ...Object.keys(scenario.notes ?? {})]);
  for (let n = 1; ; n++) if (!taken.has(`note${n}`)) return `note${n}`;
}
