import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { KINDS_NAMESPACE } from './i18n';
import { Fact, NodeShell } from './NodeShell';
import { truncate } from './text';

const SHOWN = 4;

export function SetNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'set'>;
  const { t } = useTranslation(KINDS_NAMESPACE);
  return (
    <NodeShell data={data} selected={selected}>
      {node.assign.slice(0, SHOWN).map((a, i) => (
        <Fact key={i} mono>
          {a.variable} = {truncate(a.value, 30)}
        </Fact>
      ))}
      {node.assign.length > SHOWN && <Fact>{t('set.more', { count: node.assign.length - SHOWN })}</Fact>}
    </NodeShell>
  );
}
