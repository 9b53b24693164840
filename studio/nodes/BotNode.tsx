import type { NodeProps } from '@xyflow/react';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { Fact, NodeShell } from './NodeShell';
import { truncate } from './text';

export function BotNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'bot'>;
  const controller = node.controller ?? { type: 'nlu' as const };
  const talking = (node.intents ?? []).filter((i) => !i.exit).map((i) => i.name);
  return (
    <NodeShell data={data} selected={selected}>
      <Fact label="Robot">{controller.type === 'llm' ? `LLM ${controller.model}` : controller.type === 'webhook' ? 'Webhook' : 'Built-in NLU'}</Fact>
      {talking.length > 0 && <Fact label="Intents">{truncate(talking.join(', '), 50)}</Fact>}
    </NodeShell>
  );
}
