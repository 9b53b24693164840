import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { KINDS_NAMESPACE } from './i18n';
import { Fact, NodeShell } from './NodeShell';
import { promptText, truncate } from './text';

export function VoicemailNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'voicemail'>;
  const { t } = useTranslation(KINDS_NAMESPACE);
  const greeting = promptText(node.greeting, data.locale);
  return (
    <NodeShell data={data} selected={selected}>
      <Fact label={t('voicemail.mailbox')} mono>
        {truncate(node.mailbox, 40)}
      </Fact>
      {greeting && <p className="cf-prompt">{greeting}</p>}
    </NodeShell>
  );
}
