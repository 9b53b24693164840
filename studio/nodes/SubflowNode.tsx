import type { NodeProps } from '@xyflow/react';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { Fact, NodeShell } from './NodeShell';

export function SubflowNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'subflow'>;
  return (
    <NodeShell data={data} selected={selected}>
      <Fact label="Runs" mono>
        {node.scenario}
      </Fact>
      <Fact label="Revision">{node.revision ?? 'current draft'}</Fact>
    </NodeShell>
  );
}
