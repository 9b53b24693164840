import type { Diagnostic } from '../../diagnostics';
import type { Rule } from '../types';

/**
 * An intent that neither leaves, nor answers, nor fills slots (and is not "handoff") does
 * nothing when recognised: the caller hears the fallback prompt as if not understood.
 */
export const botIntentsRule: Rule = (context) => {
  const diagnostics: Diagnostic[] = [];
  for (const [id, node] of context.nodes) {
    if (node.kind !== 'bot') continue;
    node.intents.forEach((intent, index) => {
      if (intent.exit || intent.answer || intent.slots.length > 0 || intent.name === 'handoff') return;
      diagnostics.push({
        severity: 'warning',
        code: 'bot.idleIntent',
        nodeId: id,
        path: ['nodes', id, 'intents', index],
        message: `${context.describe(id)}: intent '${intent.name}' neither leaves nor answers; give it an answer or mark it as exit`,
      });
    });
  }
  return diagnostics;
};
