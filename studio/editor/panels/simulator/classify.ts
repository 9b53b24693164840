import { classifyByOverlap, type BotTurn, type ClassifyEffect, type Providers } from '../../../../dsl/interpret';
import { ApiFailure, request as apiRequest } from '../../../api/client';

/** Which classifier answered the simulator's last bot turn; the panel says so when it was not the runtime's. */
export type Classifier = 'runtime' | 'overlap';

interface Classified {
  intent: string | null;
  best: string | null;
  confidence: number;
}

/** Only the built-in NLU runs for the simulator; webhook and LLM bots are reached by the runtime during live calls. */
export class RemoteControllerError extends Error {
  constructor(readonly controller: string) {
    super('not reachable from the simulator; the runtime calls it on live calls');
  }
}

/**
 * The classify provider the simulator hands the session. A built-in NLU bot is classified by the
 * runtime's nlp.js model, trained from the intents as they are in the editor now, so the studio
 * and live calls agree. When the runtime cannot be reached (or cannot answer) the dsl's word-overlap
 * classifier stands in, and `onClassifier` reports it so the panel can say the result may differ.
 */
export function simulatorClassify(scenarioId: string, onClassifier: (classifier: Classifier) => void): NonNullable<Providers['classify']> {
  return async (effect: ClassifyEffect): Promise<BotTurn> => {
    const type = String(effect.controller.type);
    if (type !== 'nlu') throw new RemoteControllerError(type);
    try {
      const answer = await apiRequest<Classified>('POST', '/api/bot/classify', {
        // The runtime caches a model per name and phrases, so a changed intent retrains and an unchanged one does not.
        nodeId: `${scenarioId}/${effect.nodeId}`,
        intents: effect.intents.map(({ name, utterances }) => ({ name, utterances })),
        text: effect.text,
        locale: effect.locale,
        threshold: effect.threshold,
      });
      onClassifier('runtime');
      // The session applies the threshold itself; it needs the closest intent and its confidence.
      return { intent: answer.best, confidence: answer.confidence };
    } catch (error) {
      // A refused request (400: phrases the runtime's schema rejects) is a real answer only for the runtime's rules; the
      // simulator still converses, with the stand-in, and says so.
      if (!(error instanceof ApiFailure)) throw error;
      onClassifier('overlap');
      return classifyByOverlap(effect.text, effect.locale, effect.intents);
    }
  };
}
