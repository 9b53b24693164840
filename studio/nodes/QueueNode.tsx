import type { NodeProps } from '@xyflow/react';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { Fact, NodeShell } from './NodeShell';

export function QueueNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'queue'>;
  return (
    <NodeShell data={data} selected={selected}>
      <Fact label="Queue">
        {node.queue}
        {(node.priority ?? 0) > 0 && <span className="cf-muted"> · priority {node.priority}</span>}
      </Fact>
      {(node.skills?.length ?? 0) > 0 && <Fact label="Skills">{node.skills!.join(', ')}</Fact>}
    </NodeShell>
  );
}
