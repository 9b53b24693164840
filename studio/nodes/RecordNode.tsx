import type { NodeProps } from '@xyflow/react';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { Fact, NodeShell } from './NodeShell';
import { promptText } from './text';

export function RecordNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'record'>;
  const consent = promptText(node.consent, data.locale);
  return (
    <NodeShell data={data} selected={selected}>
      <Fact label="Recording">{node.action === 'stop' ? 'stop' : 'start'}</Fact>
      {consent && <p className="cf-prompt">{consent}</p>}
      {node.optOutKey !== undefined && (
        <Fact label="Opt out">
          <kbd className="cf-key">{node.optOutKey}</kbd>
        </Fact>
      )}
    </NodeShell>
  );
}
