import type { NodeProps } from '@xyflow/react';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { Fact, NodeShell, PromptLine } from './NodeShell';
import { promptText } from './text';

export function MessageNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'message'>;
  return (
    <NodeShell data={data} selected={selected}>
      {node.channel && node.channel !== 'same' && <Fact label="By">{node.channel.toUpperCase()}</Fact>}
      <PromptLine text={promptText(node.text, data.locale)} />
    </NodeShell>
  );
}
