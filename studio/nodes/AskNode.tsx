import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { KINDS_NAMESPACE } from './i18n';
import { Fact, NodeShell, PromptLine } from './NodeShell';
import { promptText } from './text';

export function AskNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'ask'>;
  const { t } = useTranslation(KINDS_NAMESPACE);
  return (
    <NodeShell data={data} selected={selected}>
      <PromptLine text={promptText(node.prompt, data.locale)} />
      <Fact label={t('ask.into')} mono>
        vars.{node.variable} <span className="cf-muted">({node.type ?? 'text'})</span>
      </Fact>
    </NodeShell>
  );
}
