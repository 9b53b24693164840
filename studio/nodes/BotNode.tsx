import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { KINDS_NAMESPACE } from './i18n';
import { Fact, NodeShell } from './NodeShell';
import { truncate } from './text';

export function BotNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'bot'>;
  const { t } = useTranslation(KINDS_NAMESPACE);
  const controller = node.controller ?? { type: 'nlu' as const };
  const talking = (node.intents ?? []).filter((i) => !i.exit).map((i) => i.name);
  return (
    <NodeShell data={data} selected={selected}>
      <Fact label={t('bot.robot')}>
        {controller.type === 'llm' ? t('bot.llm', { model: controller.model }) : controller.type === 'webhook' ? t('bot.webhook') : t('bot.nlu')}
      </Fact>
      {talking.length > 0 && <Fact label={t('bot.intents')}>{truncate(talking.join(', '), 50)}</Fact>}
    </NodeShell>
  );
}
