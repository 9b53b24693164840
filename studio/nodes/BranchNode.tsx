import type { NodeProps } from '@xyflow/react';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { NodeShell } from './NodeShell';
import { truncate } from './text';

export function BranchNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'branch'>;
  const portDetail = Object.fromEntries(
    node.conditions.map((c) => [c.port, <code className="cf-mono cf-port__hint" title={c.when}>{truncate(c.label ?? c.when, 34)}</code>]),
  );
  return <NodeShell data={data} selected={selected} portDetail={portDetail} />;
}
