import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { KINDS_NAMESPACE } from './i18n';
import { Fact, NodeShell } from './NodeShell';

export function QueueNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'queue'>;
  const { t } = useTranslation(KINDS_NAMESPACE);
  return (
    <NodeShell data={data} selected={selected}>
      <Fact label={t('queue.queue')}>
        {node.queue}
        {(node.priority ?? 0) > 0 && <span className="cf-muted"> · {t('queue.priority', { priority: node.priority })}</span>}
      </Fact>
      {(node.skills?.length ?? 0) > 0 && <Fact label={t('queue.skills')}>{node.skills!.join(', ')}</Fact>}
    </NodeShell>
  );
}
