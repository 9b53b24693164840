import type { NodeProps } from '@xyflow/react';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { Fact, NodeShell, PromptLine } from './NodeShell';
import { promptText } from './text';

export function AskNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'ask'>;
  return (
    <NodeShell data={data} selected={selected}>
      <PromptLine text={promptText(node.prompt, data.locale)} />
      <Fact label="Into" mono>
        vars.{node.variable} <span className="cf-muted">({node.type ?? 'text'})</span>
      </Fact>
    </NodeShell>
  );
}
