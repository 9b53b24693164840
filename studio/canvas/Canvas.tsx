import {
  applyNodeChanges,
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  type Connection,
  type Edge,
  type NodeChange,
  type ReactFlowInstance,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Diagnostic } from '../../dsl/diagnostics';
import type { Scenario } from '../../dsl/schema/document';
import { KIND_LOOK, nodeTypes } from '../nodes';
import './canvas.css';
import {
  connect,
  disconnect,
  moveNode,
  NOTE_TYPE,
  scenarioToFlow,
  setNoteText,
  type CanvasFlowNode,
  type NoteFlowNode,
  type ScenarioFlowNode,
} from './flow';
import { StickyNoteNode } from './StickyNote';

// Scenario nodes by kind, plus the sticky note.
const canvasNodeTypes = { ...nodeTypes, [NOTE_TYPE]: StickyNoteNode };

export interface CanvasProps {
  scenario: Scenario;
  diagnostics?: Diagnostic[];
  /** The node the simulator or a trace is at: highlighted, edges into it animated. */
  activeNodeId?: string;
  readOnly?: boolean;
  /** Called with the new document after a move, connect or edge deletion. */
  onChange?: (scenario: Scenario) => void;
  onSelectNode?: (id: string | undefined) => void;
  /** Editing extras, all optional. Every selected node id (multi-selection with shift). */
  onSelectionChange?: (ids: string[]) => void;
  /** Nodes to show selected (e.g. after a paste or a find); the canvas keeps its own selection otherwise. */
  selectedIds?: string[];
  /** Delete/Backspace: the nodes and the edges to remove, in one call (replaces onChange for deletions). */
  onDelete?: (nodeIds: string[], edges: { source: string; port: string }[]) => void;
  /** The React Flow instance once ready: screen↔flow coordinates, centring. */
  onInstance?: (instance: ReactFlowInstance<CanvasFlowNode, Edge>) => void;
  /** Extra class per node id (diff colours and the like). */
  nodeClassNames?: Record<string, string>;
  /** A short text per node id, shown in a corner badge (heat-map visit counts); styled by the page. */
  nodeBadges?: Record<string, string>;
}

function withDiagnostics(
  nodes: ScenarioFlowNode[],
  diagnostics: Diagnostic[],
  activeNodeId?: string,
  selectedIds?: string[],
  classNames?: Record<string, string>,
  badges?: Record<string, string>,
): ScenarioFlowNode[] {
  const byNode = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) if (d.nodeId) byNode.set(d.nodeId, [...(byNode.get(d.nodeId) ?? []), d]);
  const selected = selectedIds && new Set(selectedIds);
  return nodes.map((n) => ({
    ...n,
    ...(selected ? { selected: selected.has(n.id) } : {}),
    ...(classNames?.[n.id] || badges?.[n.id] ? { className: [classNames?.[n.id], badges?.[n.id] && 'cf-has-badge'].filter(Boolean).join(' ') } : {}),
    // React Flow types its DOM attributes without data-*; the badge text rides on one for CSS to show.
    ...(badges?.[n.id] ? { domAttributes: { 'data-badge': badges[n.id] } as ScenarioFlowNode['domAttributes'] } : {}),
    data: { ...n.data, diagnostics: byNode.get(n.id), active: n.id === activeNodeId },
  }));
}

// A default `[]` would be a new array every render, re-deriving the nodes in an endless loop.
const NO_DIAGNOSTICS: Diagnostic[] = [];
// Curves rather than right angles: long edges back to a menu then do not share one channel where labels pile up.
const EDGE_OPTIONS = { type: 'default', labelBgPadding: [4, 2] as [number, number], labelBgBorderRadius: 3 };

export function Canvas({
  scenario,
  diagnostics = NO_DIAGNOSTICS,
  activeNodeId,
  readOnly = false,
  onChange,
  onSelectNode,
  onSelectionChange: onSelectIds,
  selectedIds,
  onDelete,
  onInstance,
  nodeClassNames,
  nodeBadges,
}: CanvasProps) {
  const flow = useMemo(() => scenarioToFlow(scenario), [scenario]);
  const derived = useMemo(
    () => withDiagnostics(flow.nodes, diagnostics, activeNodeId, selectedIds, nodeClassNames, nodeBadges),
    [flow.nodes, diagnostics, activeNodeId, selectedIds, nodeClassNames, nodeBadges],
  );
  // Dragging and selection live here until a drag ends; the document only learns the final position.
  // Notes are editable unless read-only; their text goes out through onChange like a move does.
  const notes = useMemo(
    () =>
      flow.notes.map((n): NoteFlowNode => ({
        ...n,
        ...(selectedIds ? { selected: selectedIds.includes(n.id) } : {}),
        draggable: !readOnly,
        data: readOnly || !onChange ? n.data : { ...n.data, onText: (text: string) => onChange(setNoteText(scenario, n.id, text)) },
      })),
    [flow.notes, selectedIds, readOnly, onChange, scenario],
  );
  const all = useMemo((): CanvasFlowNode[] => [...notes, ...derived], [notes, derived]);
  const [nodes, setNodes] = useState(all);
  useEffect(() => setNodes(all), [all]);
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
    (changes: NodeChange<CanvasFlowNode>[]) => setNodes((current) => applyNodeChanges(changes, current)),
    [],
  );
  const onNodeDragStop = useCallback(
    (_: unknown, _node: CanvasFlowNode, dragged: CanvasFlowNode[]) => {
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
      if (!onChange || onDelete) return;
      onChange(deleted.reduce((doc, e) => (e.sourceHandle ? disconnect(doc, e.source, e.sourceHandle) : doc), scenario));
    },
    [onChange, onDelete, scenario],
  );
  const onDeleteBoth = useCallback(
    ({ nodes: gone, edges: cut }: { nodes: CanvasFlowNode[]; edges: Edge[] }) =>
      onDelete?.(
        gone.map((n) => n.id),
        cut.flatMap((e) => (e.sourceHandle ? [{ source: e.source, port: e.sourceHandle }] : [])),
      ),
    [onDelete],
  );

  const onSelectionChange = useCallback(
    ({ nodes: selected }: { nodes: CanvasFlowNode[] }) => {
      onSelectNode?.(selected.length === 1 ? selected[0]!.id : undefined);
      onSelectIds?.(selected.map((n) => n.id));
    },
    [onSelectNode, onSelectIds],
  );

  return (
    <div className="cf-canvas" data-testid="canvas">
      <ReactFlow<CanvasFlowNode, Edge>
        nodes={nodes}
        edges={edges}
        nodeTypes={canvasNodeTypes}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onReconnect={onReconnect}
        onEdgesDelete={onEdgesDelete}
        {...(onDelete ? { onDelete: onDeleteBoth } : {})}
        {...(onInstance ? { onInit: onInstance } : {})}
        onSelectionChange={onSelectionChange}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        edgesReconnectable={!readOnly}
        deleteKeyCode={readOnly ? null : ['Backspace', 'Delete']}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        defaultEdgeOptions={EDGE_OPTIONS}
        minZoom={0.1}
        fitView
        fitViewOptions={{ padding: 0.1 }}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} size={1} />
        <MiniMap pannable zoomable nodeColor={(n) => (n.type === NOTE_TYPE ? '#fde047' : KIND_LOOK[(n as ScenarioFlowNode).data.node.kind].color)} />
        <Controls showInteractive={!readOnly} />
      </ReactFlow>
    </div>
  );
}
