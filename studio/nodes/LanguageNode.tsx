import type { NodeProps } from '@xyflow/react';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { Fact, NodeShell } from './NodeShell';

export function LanguageNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'language'>;
  return (
    <NodeShell data={data} selected={selected}>
      <Fact label="Continue in">{node.locale}</Fact>
    </NodeShell>
  );
}
