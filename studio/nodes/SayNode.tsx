import type { NodeProps } from '@xyflow/react';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { NodeShell, PromptLine } from './NodeShell';
import { promptText } from './text';

export function SayNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'say'>;
  return (
    <NodeShell data={data} selected={selected}>
      <PromptLine text={promptText(node.prompt, data.locale)} />
    </NodeShell>
  );
}
