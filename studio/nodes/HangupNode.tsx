import type { NodeProps } from '@xyflow/react';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { Fact, NodeShell } from './NodeShell';
import { promptText } from './text';

export function HangupNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'hangup'>;
  const prompt = promptText(node.prompt, data.locale);
  return (
    <NodeShell data={data} selected={selected}>
      {prompt && <p className="cf-prompt">{prompt}</p>}
      <Fact label="Reason">{node.reason ?? 'completed'}</Fact>
    </NodeShell>
  );
}
