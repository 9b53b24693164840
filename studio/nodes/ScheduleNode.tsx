import type { NodeProps } from '@xyflow/react';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { WEEKDAYS } from '../../dsl/nodes/schedule';
import { Fact, NodeShell } from './NodeShell';

export function ScheduleNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'schedule'>;
  const openDays = WEEKDAYS.filter((day) => (node.hours[day]?.length ?? 0) > 0);
  const holidays = node.holidays?.length ?? 0;
  return (
    <NodeShell data={data} selected={selected}>
      <Fact label="Time zone">{node.timezone}</Fact>
      <Fact label="Open">{openDays.length ? openDays.join(' ') : 'never'}</Fact>
      {holidays > 0 && <Fact label="Holidays">{holidays}</Fact>}
    </NodeShell>
  );
}
