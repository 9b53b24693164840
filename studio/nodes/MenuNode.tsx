import type { NodeProps } from '@xyflow/react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { KINDS_NAMESPACE } from './i18n';
import { NodeShell, PromptLine } from './NodeShell';
import { promptText } from './text';

/** The chat button text, else the first spoken keyword: what the caller says or taps for this option. */
function optionHint(option: NodeOf<'menu'>['options'][number], t: TFunction, locale?: string): string {
  if (option.label) return promptText(option.label, locale) ?? '';
  const keywords = option.keywords ?? {};
  const words = (locale && Object.hasOwn(keywords, locale) ? keywords[locale] : undefined) ?? Object.values(keywords)[0];
  // The keyword is the scenario's; only the quotation marks around it follow the studio's language.
  return words?.[0] ? t('menu.keyword', { word: words[0] }) : '';
}

export function MenuNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'menu'>;
  const { t } = useTranslation(KINDS_NAMESPACE);
  // Each option shows the key that chooses it beside the port it leaves by.
  const portDetail = Object.fromEntries(
    node.options.map((option) => [
      option.port,
      <>
        {option.dtmf !== undefined && <kbd className="cf-key">{option.dtmf}</kbd>}
        <span className="cf-port__hint">{optionHint(option, t, data.locale)}</span>
      </>,
    ]),
  );
  return (
    <NodeShell data={data} selected={selected} portDetail={portDetail}>
      <PromptLine text={promptText(node.prompt, data.locale)} />
    </NodeShell>
  );
}
