import { definitionOf, type Node } from '../nodes';
import type { CodeRef } from '../nodes/define';

/**
 * All expressions and templates of a node: those its kind declares, plus the texts of its
 * prompts, which are templates too ("Your balance is {{vars.balance}}").
 */
export function codeOf(node: Node): CodeRef[] {
  const definition = definitionOf(node);
  const refs = [...definition.code(node)];
  for (const { path, prompt } of definition.prompts(node)) {
    for (const [locale, value] of Object.entries(prompt)) {
      if (typeof value === 'string') refs.push({ path: [...path, locale], source: value, kind: 'template' });
      else if (value && typeof value.text === 'string')
        refs.push({ path: [...path, locale, 'text'], source: value.text, kind: 'template' });
    }
  }
  return refs;
}
