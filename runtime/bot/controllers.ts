import type { BotTurn, ClassifyEffect } from '../../dsl/interpret';
import { ChatHistory, llmTurn } from './llm';
import { sharedModels, type ModelCache } from './nlu/cache';
import { webhookTurn } from './webhook';

export interface BotControllersOptions {
  /** Where API keys and tokens are read from (the node names the variable). */
  env?: Record<string, string | undefined>;
  models?: ModelCache;
}

export type RunTurn = (effect: ClassifyEffect, options: { signal: AbortSignal }) => Promise<BotTurn>;

/** The runtime's bot controllers behind one function, chosen by the node's controller type. */
export function botControllers(options: BotControllersOptions = {}): RunTurn & { models: ModelCache } {
  const env = options.env ?? process.env;
  const models = options.models ?? sharedModels;
  const history = new ChatHistory();
  const run: RunTurn = async (effect, { signal }) => {
    switch (effect.controller.type) {
      case 'nlu':
        return (await models.model(effect.nodeId, effect.intents)).classify(effect.text, effect.locale);
      case 'webhook':
        return webhookTurn(effect, { signal, env });
      case 'llm':
        return llmTurn(effect, { signal, env, history });
      default:
        throw new Error(`unknown bot controller '${String(effect.controller.type)}'`);
    }
  };
  return Object.assign(run, { models });
}
