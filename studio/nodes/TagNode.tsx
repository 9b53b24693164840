import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { KINDS_NAMESPACE } from './i18n';
import { Fact, NodeShell } from './NodeShell';

export function TagNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'tag'>;
  const { t } = useTranslation(KINDS_NAMESPACE);
  return (
    <NodeShell data={data} selected={selected}>
      {node.status && <Fact label={t('tag.status')}>{node.status}</Fact>}
      {(node.tags?.length ?? 0) > 0 && (
        <div className="cf-chips">
          {node.tags!.map((tag) => (
            <span key={tag} className="cf-chip">
              {tag}
            </span>
          ))}
        </div>
      )}
    </NodeShell>
  );
}
