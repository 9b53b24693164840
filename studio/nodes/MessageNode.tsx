import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { KINDS_NAMESPACE } from './i18n';
import { Fact, NodeShell, PromptLine } from './NodeShell';
import { promptText } from './text';

export function MessageNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'message'>;
  const { t } = useTranslation(KINDS_NAMESPACE);
  return (
    <NodeShell data={data} selected={selected}>
      {node.channel && node.channel !== 'same' && <Fact label={t('message.by')}>{node.channel.toUpperCase()}</Fact>}
      <PromptLine text={promptText(node.text, data.locale)} />
    </NodeShell>
  );
}
