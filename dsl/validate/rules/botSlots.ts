import type { Diagnostic } from '../../diagnostics';
import type { NodeOf } from '../../nodes';
import type { Rule, RuleContext } from '../types';

function checkSlots(context: RuleContext, id: string, bot: NodeOf<'bot'>): Diagnostic[] {
  const subject = context.describe(id);
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  bot.slots.forEach((slot, index) => {
    const path = ['nodes', id, 'slots', index];
    if (seen.has(slot.name))
      diagnostics.push({ severity: 'error', code: 'bot.duplicateSlot', nodeId: id, path: [...path, 'name'], message: `${subject}: two slots are called '${slot.name}'` });
    seen.add(slot.name);
    if (slot.type === 'custom' && slot.values.length === 0)
      diagnostics.push({
        severity: 'error',
        code: 'bot.slotWithoutValues',
        nodeId: id,
        path: [...path, 'values'],
        message: `${subject}: slot '${slot.name}' is a custom list without values, so the caller can never fill it`,
      });
    if (slot.type !== 'custom' && slot.values.length > 0)
      diagnostics.push({
        severity: 'warning',
        code: 'bot.slotValuesIgnored',
        nodeId: id,
        path: [...path, 'values'],
        message: `${subject}: slot '${slot.name}' is a ${slot.type}; its list of values is only used by custom slots`,
      });
  });
  bot.intents.forEach((intent, i) =>
    intent.slots.forEach((name, s) => {
      if (seen.has(name)) return;
      diagnostics.push({
        severity: 'error',
        code: 'bot.unknownSlot',
        nodeId: id,
        path: ['nodes', id, 'intents', i, 'slots', s],
        message: `${subject}: intent '${intent.name}' needs slot '${name}', which the bot does not define`,
      });
    }),
  );
  return diagnostics;
}

/** A bot's slots are distinct, fillable, and the ones its intents need exist. */
export const botSlotsRule: Rule = (context) => {
  const diagnostics: Diagnostic[] = [];
  for (const [id, node] of context.nodes) if (node.kind === 'bot') diagnostics.push(...checkSlots(context, id, node));
  return diagnostics;
};
