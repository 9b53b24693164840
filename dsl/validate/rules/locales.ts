import type { Diagnostic } from '../../diagnostics';
import { definitionOf } from '../../nodes';
import { fieldLabel, listing } from '../describe';
import type { Rule } from '../types';

/** Every prompt speaks every declared locale, and only those. */
export const localesRule: Rule = (context) => {
  const declared = context.doc.locales;
  const diagnostics: Diagnostic[] = [];
  for (const [id, node] of context.nodes) {
    const subject = context.describe(id);
    for (const { path, prompt } of definitionOf(node).prompts(node)) {
      // The main prompt is what people mean by "the text"; other fields are named.
      const where = path.length === 1 && path[0] === 'prompt' ? '' : ` (${fieldLabel(path)})`;
      const written = Object.keys(prompt);
      for (const locale of declared)
        if (!written.includes(locale))
          diagnostics.push({
            severity: 'error',
            code: 'locale.missing',
            message: `${subject}: no text for ${locale}${where}`,
            nodeId: id,
            path: ['nodes', id, ...path],
          });
      for (const locale of written)
        if (!declared.includes(locale))
          diagnostics.push({
            severity: 'warning',
            code: 'locale.undeclared',
            message: `${subject}: text for ${locale}${where}, which is not one of the scenario's languages (${listing(declared)})`,
            nodeId: id,
            path: ['nodes', id, ...path, locale],
          });
    }
  }
  return diagnostics;
};
