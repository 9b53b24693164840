import type { Diagnostic } from '../../diagnostics';
import type { NodeOf } from '../../nodes';
import type { Rule, RuleContext } from '../types';

function checkBot(context: RuleContext, id: string, bot: NodeOf<'bot'>): Diagnostic[] {
  const subject = context.describe(id);
  const diagnostics: Diagnostic[] = [];
  const names = new Set<string>();
  bot.intents.forEach((intent, index) => {
    const at = { nodeId: id, path: ['nodes', id, 'intents', index] };
    if (names.has(intent.name))
      diagnostics.push({
        ...at,
        path: [...at.path, 'name'],
        severity: 'error',
        code: 'bot.duplicateIntent',
        message: `${subject}: two intents are called '${intent.name}'`,
      });
    names.add(intent.name);
    // Only the built-in NLU learns from the example phrases; webhook and LLM bots bring their own understanding.
    if (bot.controller.type !== 'nlu') return;
    for (const locale of context.doc.locales) {
      const phrases = Object.hasOwn(intent.utterances, locale) ? intent.utterances[locale] : undefined;
      if (phrases && phrases.length > 0) continue;
      diagnostics.push({
        ...at,
        path: [...at.path, 'utterances'],
        severity: 'warning',
        code: 'bot.noUtterances',
        message: `${subject}: intent '${intent.name}' has no example phrases for ${locale}, so it is never recognised in that language`,
      });
    }
  });
  if (!bot.intents.some((intent) => intent.exit))
    diagnostics.push({
      severity: 'warning',
      code: 'bot.noExit',
      message: `${subject}: no intent leaves the conversation, so the bot only ends by fallback or handoff; mark an intent as exit`,
      nodeId: id,
      path: ['nodes', id, 'intents'],
    });
  return diagnostics;
}

/** Bots have distinct intents, ways out, and (with the built-in NLU) phrases to learn from. */
export const botsRule: Rule = (context) => {
  const diagnostics: Diagnostic[] = [];
  for (const [id, node] of context.nodes) if (node.kind === 'bot') diagnostics.push(...checkBot(context, id, node));
  return diagnostics;
};
