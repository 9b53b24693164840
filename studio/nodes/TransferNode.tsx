import type { NodeProps } from '@xyflow/react';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { Fact, NodeShell } from './NodeShell';
import { truncate } from './text';

// Only where the call goes: the announcement is in the inspector, keeping transfer nodes as short as their peers.
const TARGET_LABELS = { number: 'Number', sip: 'SIP', agent: 'Agent' } as const;

export function TransferNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'transfer'>;
  return (
    <NodeShell data={data} selected={selected}>
      <Fact label={TARGET_LABELS[node.target.type]} mono>
        {truncate(node.target.value, 40)}
      </Fact>
    </NodeShell>
  );
}
