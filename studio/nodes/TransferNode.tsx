import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { KINDS_NAMESPACE } from './i18n';
import { Fact, NodeShell } from './NodeShell';
import { truncate } from './text';

export function TransferNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'transfer'>;
  const { t } = useTranslation(KINDS_NAMESPACE);
  // Only where the call goes: the announcement is in the inspector, keeping transfer nodes as short as their peers.
  return (
    <NodeShell data={data} selected={selected}>
      <Fact label={t(`transfer.target.${node.target.type}`)} mono>
        {truncate(node.target.value, 40)}
      </Fact>
    </NodeShell>
  );
}
