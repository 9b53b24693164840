import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { KINDS_NAMESPACE } from './i18n';
import { Fact, NodeShell } from './NodeShell';

export function LanguageNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'language'>;
  const { t } = useTranslation(KINDS_NAMESPACE);
  return (
    <NodeShell data={data} selected={selected}>
      <Fact label={t('language.continueIn')}>{node.locale}</Fact>
    </NodeShell>
  );
}
