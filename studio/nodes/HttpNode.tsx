import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { KINDS_NAMESPACE } from './i18n';
import { Fact, NodeShell } from './NodeShell';
import { truncate } from './text';

export function HttpNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'http'>;
  const { t } = useTranslation(KINDS_NAMESPACE);
  const mapped = Object.keys(node.map ?? {});
  return (
    <NodeShell data={data} selected={selected}>
      <Fact mono>
        <span className="cf-method">{node.method ?? 'GET'}</span> {truncate(node.url, 60)}
      </Fact>
      {mapped.length > 0 && <Fact label={t('http.sets')}>{truncate(mapped.join(', '), 40)}</Fact>}
    </NodeShell>
  );
}
