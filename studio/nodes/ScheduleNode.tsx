import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { WEEKDAYS } from '../../dsl/nodes/schedule';
import { KINDS_NAMESPACE } from './i18n';
import { Fact, NodeShell } from './NodeShell';

export function ScheduleNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'schedule'>;
  const { t } = useTranslation(KINDS_NAMESPACE);
  const openDays = WEEKDAYS.filter((day) => (node.hours[day]?.length ?? 0) > 0);
  const holidays = node.holidays?.length ?? 0;
  const open = openDays.length ? openDays.map((day) => t(`schedule.days.${day}`)).join(' ') : t('schedule.never');
  return (
    <NodeShell data={data} selected={selected}>
      <Fact label={t('schedule.timezone')}>{node.timezone}</Fact>
      <Fact label={t('schedule.open')}>{open}</Fact>
      {holidays > 0 && <Fact label={t('schedule.holidays')}>{holidays}</Fact>}
    </NodeShell>
  );
}
