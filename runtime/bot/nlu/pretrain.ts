import type { Revision } from '../../storage/records';
import type { IntentPhrases } from './model';
import { sharedModels, type ModelCache } from './cache';

interface ClassifyParams {
  nodeId: string;
  controller: { type: string };
  intents: IntentPhrases[];
}

const isClassify = (value: Record<string, unknown>): boolean => value.type === 'classify' && typeof value.params === 'object' && value.params !== null;

/** Every built-in-NLU bot of a compiled machine (subflows inlined), as the session will ask for it. */
export function nluBotsOf(compiled: unknown): ClassifyParams[] {
  const found: ClassifyParams[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if (isClassify(record)) {
      const params = record.params as ClassifyParams;
      if (params.controller?.type === 'nlu' && Array.isArray(params.intents)) found.push(params);
      return;
    }
    Object.values(record).forEach(visit);
  };
  visit(compiled);
  return found;
}

/**
 * Trains the built-in NLU of every bot in a revision as it is published, so the first caller
 * does not wait for it. The models land in the cache the sessions use, under the same key (node
 * id and phrases); a bot whose phrases did not change keeps its model without training again.
 */
export async function pretrain(revision: Pick<Revision, 'compiled'>, models: ModelCache = sharedModels): Promise<number> {
  const bots = nluBotsOf(revision.compiled);
  // One after another: training blocks the event loop in slices, and live calls come first.
  for (const bot of bots) await models.model(bot.nodeId, bot.intents);
  return bots.length;
}
