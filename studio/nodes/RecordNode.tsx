import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { KINDS_NAMESPACE } from './i18n';
import { Fact, NodeShell } from './NodeShell';
import { promptText } from './text';

export function RecordNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'record'>;
  const { t } = useTranslation(KINDS_NAMESPACE);
  const consent = promptText(node.consent, data.locale);
  return (
    <NodeShell data={data} selected={selected}>
      <Fact label={t('record.recording')}>{node.action === 'stop' ? 'stop' : 'start'}</Fact>
      {consent && <p className="cf-prompt">{consent}</p>}
      {node.optOutKey !== undefined && (
        <Fact label={t('record.optOut')}>
          <kbd className="cf-key">{node.optOutKey}</kbd>
        </Fact>
      )}
    </NodeShell>
  );
}
