import type { NodeProps } from '@xyflow/react';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { Fact, NodeShell } from './NodeShell';

export function TagNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'tag'>;
  return (
    <NodeShell data={data} selected={selected}>
      {node.status && <Fact label="Status">{node.status}</Fact>}
      {(node.tags?.length ?? 0) > 0 && (
        <div className="cf-chips">
          {node.tags!.map((t) => (
            <span key={t} className="cf-chip">
              {t}
            </span>
          ))}
        </div>
      )}
    </NodeShell>
  );
}
