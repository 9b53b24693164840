import {
  applyNodeChanges,
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  type Connection,
  type Edge,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Diagnostic } from '../../dsl/diagnostics';
import type { Scenario } from '../../dsl/schema/document';
import { KIND_LOOK, nodeTypes } from '../nodes';
import './canvas.css';
import { connect, disconnect, moveNode, scenarioToFlow, type ScenarioFlowNode } from './flow';

export interface CanvasProps {
  scenario: Scenario;
  diagnostics?: Diagnostic[];
  /** The node the simulator or a trace is at: highlighted, edges into it animated. */
  activeNodeId?: string;
  readOnly?: boolean;
  /** Called with the new document after a move, connect or edge deletion. */
  onChange?: (scenario: Scenario) => void;
  onSelectNode?: (id: string | undefined) => void;
}

function withDiagnostics(nodes: ScenarioFlowNode[], diagnostics: Diagnostic[], activeNodeId?: string): ScenarioFlowNode[] {
  const byNode = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) if (d.nodeId) byNode.set(d.nodeId, [...(byNode.get(d.nodeId) ?? []), d]);
  return nodes.map((n) => ({
    ...n,
    data: { ...n.data, diagnostics: byNode.get(n.id), active: n.id === activeNodeId },
  }));
}

// A default `[]` would be a new array every render, re-deriving the nodes in an endless loop.
const NO_DIAGNOSTICS: Diagnostic[] = [];
// Curves rather than right angles: long edges back to a menu then do not share one channel where labels pile up.
const EDGE_OPTIONS = { type: 'default', labelBgPadding: [4, 2] as [number, number], labelBgBorderRadius: 3 };

export function Canvas({ scenario, diagnostics = NO_DIAGNOSTICS, activeNodeId, readOnly = false, onChange, onSelectNode }: CanvasProps) {
  const flow = useMemo(() => scenarioToFlow(scenario), [scenario]);
  const derived = useMemo(
    () => withDiagnostics(flow.nodes, diagnostics, activeNodeId),
    [flow.nodes, diagnostics, activeNodeId],
  );
  // Dragging and selection live here until a drag ends; the document only learns the final position.
  const [nodes, setNodes] = useState(derived);
  useEffect(() => setNodes(derived), [derived]);
  const edges = useMemo(
    () =>
      flow.edges.map((e): Edge => ({
        ...e,
        animated: e.target === activeNodeId,
        className: e.target === activeNodeId ? 'cf-edge is-active' : 'cf-edge',
      })),
    [flow.edges, activeNodeId],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<ScenarioFlowNode>[]) => setNodes((current) => applyNodeChanges(changes, current)),
    [],
  );
  const onNodeDragStop = useCallback(
    (_: unknown, _node: ScenarioFlowNode, dragged: ScenarioFlowNode[]) => {
      if (!onChange) return;
      onChange(dragged.reduce((doc, n) => moveNode(doc, n.id, n.position), scenario));
    },
    [onChange, scenario],
  );
  const onConnect = useCallback(
    (c: Connection) => {
      if (onChange && c.sourceHandle) onChange(connect(scenario, c.source, c.sourceHandle, c.target));
    },
    [onChange, scenario],
  );
  const onReconnect = useCallback(
    (old: Edge, c: Connection) => {
      if (!onChange || !old.sourceHandle || !c.sourceHandle) return;
      onChange(connect(disconnect(scenario, old.source, old.sourceHandle), c.source, c.sourceHandle, c.target));
    },
    [onChange, scenario],
  );
  const onEdgesDelete = useCallback(
    (deleted: Edge[]) => {
      if (!onChange) return;
      onChange(deleted.reduce((doc, e) => (e.sourceHandle ? disconnect(doc, e.source, e.sourceHandle) : doc), scenario));
    },
    [onChange, scenario],
  );

  const onSelectionChange = useCallback(
    ({ nodes: selected }: { nodes: ScenarioFlowNode[] }) => onSelectNode?.(selected.length === 1 ? selected[0]!.id : undefined),
    [onSelectNode],
  );

  return (
    <div className="cf-canvas" data-testid="canvas">
      <ReactFlow<ScenarioFlowNode, Edge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onReconnect={onReconnect}
        onEdgesDelete={onEdgesDelete}
        onSelectionChange={onSelectionChange}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        edgesReconnectable={!readOnly}
        deleteKeyCode={readOnly ? null : ['Backspace', 'Delete']}
        defaultEdgeOptions={EDGE_OPTIONS}
        minZoom={0.1}
        fitView
        fitViewOptions={{ padding: 0.1 }}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} size={1} />
        <MiniMap pannable zoomable nodeColor={(n) => KIND_LOOK[(n as ScenarioFlowNode).data.node.kind].color} />
        <Controls showInteractive={!readOnly} />
      </ReactFlow>
    </div>
  );
}
