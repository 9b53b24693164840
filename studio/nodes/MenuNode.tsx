import type { NodeProps } from '@xyflow/react';
import type { NodeOf } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { NodeShell, PromptLine } from './NodeShell';
import { promptText } from './text';

/** The chat button text, else the first spoken keyword: what the caller says or taps for this option. */
function optionHint(option: NodeOf<'menu'>['options'][number], locale?: string): string {
  if (option.label) return promptText(option.label, locale) ?? '';
  const keywords = option.keywords ?? {};
  const words = (locale && Object.hasOwn(keywords, locale) ? keywords[locale] : undefined) ?? Object.values(keywords)[0];
  return words?.[0] ? `“${words[0]}”` : '';
}

export function MenuNode({ data, selected }: NodeProps<ScenarioFlowNode>) {
  const node = data.node as NodeOf<'menu'>;
  // Each option shows the key that chooses it beside the port it leaves by.
  const portDetail = Object.fromEntries(
    node.options.map((option) => [
      option.port,
      <>
        {option.dtmf !== undefined && <kbd className="cf-key">{option.dtmf}</kbd>}
        <span className="cf-port__hint">{optionHint(option, data.locale)}</span>
      </>,
    ]),
  );
  return (
    <NodeShell data={data} selected={selected} portDetail={portDetail}>
      <PromptLine text={promptText(node.prompt, data.locale)} />
    </NodeShell>
  );
}
