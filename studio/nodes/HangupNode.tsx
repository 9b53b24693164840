import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { KINDS_NAMESPACE } from './i18n';
import { Fact, NodeShell } from './NodeShell';
import { promptText } from './text';

export function HangupNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'hangup'>;
  const { t } = useTranslation(KINDS_NAMESPACE);
  const prompt = promptText(node.prompt, data.locale);
  return (
    <NodeShell data={data} selected={selected}>
      {prompt && <p className="cf-prompt">{prompt}</p>}
      <Fact label={t('hangup.reason')}>{node.reason ?? 'completed'}</Fact>
    </NodeShell>
  );
}
