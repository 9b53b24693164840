import { ReactFlow, ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import '../studio/canvas/canvas.css';
import type { Diagnostic } from '../dsl/diagnostics';
import { NODE_KINDS, type NodeKind } from '../dsl/nodes';
import { scenarioToFlow } from '../studio/canvas/flow';
import { nodeTypes } from '../studio/nodes';
import { exampleNode } from './examples';

export interface NodePreviewProps {
  kind: NodeKind;
  diagnostics?: Diagnostic[];
  active?: boolean;
  selected?: boolean;
}

/** One real example node on an otherwise empty canvas, so its handles have the React Flow store they need. */
export function NodePreview({ kind, diagnostics, active = false, selected = false }: NodePreviewProps) {
  const { scenario, id } = exampleNode(kind);
  const flowNode = scenarioToFlow(scenario).nodes.find((n) => n.id === id)!;
  const node = { ...flowNode, position: { x: 0, y: 0 }, selected, data: { ...flowNode.data, diagnostics, active } };
  return (
    <div className="cf-canvas" style={{ height: 360, minHeight: 0 }}>
      <ReactFlowProvider>
        <ReactFlow
          nodes={[node]}
          edges={[]}
          nodeTypes={nodeTypes}
          fitView
          fitViewOptions={{ maxZoom: 1.5, padding: 0.2 }}
          proOptions={{ hideAttribution: true }}
        />
      </ReactFlowProvider>
    </div>
  );
}

/** One real node of every kind side by side, in palette order: the whole visual vocabulary at a glance. */
export function NodeGallery() {
  const nodes = NODE_KINDS.map((kind, index) => {
    const { scenario, id } = exampleNode(kind);
    const flowNode = scenarioToFlow(scenario).nodes.find((n) => n.id === id)!;
    return { ...flowNode, id: `${kind}-${id}`, position: { x: (index % 5) * 290, y: Math.floor(index / 5) * 300 } };
  });
  return (
    <div className="cf-canvas" style={{ height: '100vh' }}>
      <ReactFlowProvider>
        <ReactFlow nodes={nodes} edges={[]} nodeTypes={nodeTypes} fitView proOptions={{ hideAttribution: true }} />
      </ReactFlowProvider>
    </div>
  );
}
