import type { NodeProps } from '@xyflow/react';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { Fact, NodeShell } from './NodeShell';

export function StartNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'start'>;
  return (
    <NodeShell data={data} selected={selected}>
      <Fact>{node.answer === false ? 'Leaves inbound calls unanswered' : 'Answers inbound calls'}</Fact>
    </NodeShell>
  );
}
