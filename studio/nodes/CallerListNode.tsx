import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { KINDS_NAMESPACE } from './i18n';
import { Fact, NodeShell } from './NodeShell';

export function CallerListNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'callerList'>;
  const { t } = useTranslation(KINDS_NAMESPACE);
  return (
    <NodeShell data={data} selected={selected}>
      <Fact label={t('callerList.purpose')}>{node.purpose ?? 'block'}</Fact>
      {node.list && <Fact label={t('callerList.list')}>{node.list}</Fact>}
      {node.numbers && <Fact label={t('callerList.numbers')}>{node.numbers.length}</Fact>}
    </NodeShell>
  );
}
