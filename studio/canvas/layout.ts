import type { ElkNode } from 'elkjs/lib/elk-api';
import { definitionOf, type Node } from '../../dsl/nodes';
import { targetOf } from '../../dsl/nodes/ports';
import type { Scenario } from '../../dsl/schema/document';

export interface Size {
  width: number;
  height: number;
}
export type Positions = Record<string, { x: number; y: number }>;

export const NODE_WIDTH = 240;

/**
 * Close to what NodeShell renders (measured in Chromium: 18 px per port row, 60–130 px for the rest),
 * for when the canvas has not measured the nodes yet. Pass React Flow's `node.measured` sizes when it has.
 */
export function estimateSize(node: Node): Size {
  const ports = definitionOf(node).ports(node).length;
  return { width: NODE_WIDTH, height: 110 + ports * 18 };
}

// The bundled build runs in the page itself: no worker file to serve, the same code under Node in tests.
// It is 1.4 MB of script, loaded on the first layout rather than with the editor, which opens faster.
let elk: Promise<{ layout(graph: ElkNode): Promise<ElkNode> }> | undefined;
const loadElk = () => (elk ??= import('elkjs/lib/elk.bundled.js').then(({ default: ELK }) => new ELK()));

/**
 * New placements for every node: layered left to right, the start node in the first column, and
 * each node's ports kept in definition order so edges leave in the order the node lists them.
 */
export async function layout(scenario: Scenario, sizes: Record<string, Size> = {}): Promise<Positions> {
  const ids = Object.keys(scenario.nodes);
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': '90',
      'elk.spacing.edgeNode': '24',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children: ids.map((id) => {
      const node = scenario.nodes[id]!;
      const size = sizes[id] ?? estimateSize(node);
      return {
        id,
        ...size,
        layoutOptions: {
          'elk.portConstraints': 'FIXED_ORDER',
          ...(id === scenario.start ? { 'elk.layered.layering.layerConstraint': 'FIRST_SEPARATE' } : {}),
        },
        ports: [
          { id: `${id}::in`, width: 1, height: 1, layoutOptions: { 'elk.port.side': 'WEST' } },
          ...definitionOf(node).ports(node).map((port, index) => ({
            id: `${id}::${port.name}`,
            width: 1,
            height: 1,
            layoutOptions: { 'elk.port.side': 'EAST', 'elk.port.index': String(index) },
          })),
        ],
      };
    }),
    edges: ids.flatMap((id) => {
      const node = scenario.nodes[id]!;
      return definitionOf(node)
        .ports(node)
        .flatMap((port) => {
          const target = targetOf(node, port.name);
          if (!target || !Object.hasOwn(scenario.nodes, target)) return [];
          return [{ id: `${id}::${port.name}->${target}`, sources: [`${id}::${port.name}`], targets: [`${target}::in`] }];
        });
    }),
  };
  const result = await (await loadElk()).layout(graph);
  const positions: Positions = {};
  for (const child of result.children ?? []) {
    positions[child.id] = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
  }
  return positions;
}

/** The scenario with every laid-out node's `ui` moved, keeping its other canvas settings. */
export function applyPositions(scenario: Scenario, positions: Positions): Scenario {
  const nodes = Object.fromEntries(
    Object.entries(scenario.nodes).map(([id, node]) => {
      const position = positions[id];
      return [id, position ? ({ ...node, ui: { ...node.ui, ...position } } as Node) : node];
    }),
  );
  return { ...scenario, nodes };
}
