import type { Diagnostic } from '../../diagnostics';
import { listing } from '../describe';
import { didYouMean } from '../suggest';
import type { Rule } from '../types';

/** A language step may only switch to a locale the scenario has texts for. */
export const languageRule: Rule = (context) => {
  const diagnostics: Diagnostic[] = [];
  for (const [id, node] of context.nodes) {
    if (node.kind !== 'language' || context.doc.locales.includes(node.locale)) continue;
    diagnostics.push({
      severity: 'error',
      code: 'language.undeclared',
      message:
        `${context.describe(id)}: ${node.locale} is not one of the scenario's languages (${listing(context.doc.locales)})` +
        didYouMean(node.locale, context.doc.locales),
      nodeId: id,
      path: ['nodes', id, 'locale'],
    });
  }
  return diagnostics;
};
