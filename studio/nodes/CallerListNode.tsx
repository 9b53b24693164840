import type { NodeProps } from '@xyflow/react';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { Fact, NodeShell } from './NodeShell';

export function CallerListNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'callerList'>;
  return (
    <NodeShell data={data} selected={selected}>
      <Fact label="Purpose">{node.purpose ?? 'block'}</Fact>
      {node.list && <Fact label="List">{node.list}</Fact>}
      {node.numbers && <Fact label="Numbers">{node.numbers.length}</Fact>}
    </NodeShell>
  );
}
