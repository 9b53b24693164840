import type { NodeProps } from '@xyflow/react';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { Fact, NodeShell } from './NodeShell';

export function ReturnNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'return'>;
  return (
    <NodeShell data={data} selected={selected}>
      <Fact label="Outcome">{node.outcome ?? 'done'}</Fact>
    </NodeShell>
  );
}
