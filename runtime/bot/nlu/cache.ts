import { createHash } from 'node:crypto';
import { trainModel, type IntentPhrases, type TrainedModel } from './model';

const MODELS_KEPT = 200;

/**
 * Trained models by what they were trained from: the node id and its intents' phrases. A newly
 * published revision whose bot changed gets a new key (and a new model on its first turn); one
 * whose bot did not keeps the model, so publishing an unrelated change never retrains.
 */
export class ModelCache {
  private readonly models = new Map<string, Promise<TrainedModel>>();
  trainings = 0;

  static keyOf(nodeId: string, intents: IntentPhrases[]): string {
    const phrases = intents.map((i) => [i.name, Object.entries(i.utterances).sort(([a], [b]) => a.localeCompare(b))]);
    return createHash('sha256').update(JSON.stringify([nodeId, phrases])).digest('base64url');
  }

  /** The model for these phrases; sessions asking while it trains share the one training. */
  model(nodeId: string, intents: IntentPhrases[]): Promise<TrainedModel> {
    const key = ModelCache.keyOf(nodeId, intents);
    const known = this.models.get(key);
    if (known) {
      this.models.delete(key);
      this.models.set(key, known);
      return known;
    }
    this.trainings++;
    const training = trainModel(intents.map((i) => ({ name: i.name, utterances: i.utterances })));
    this.models.set(key, training);
    // A failed training is not kept, so the next turn tries again.
    training.catch(() => this.models.delete(key));
    if (this.models.size > MODELS_KEPT) this.models.delete(this.models.keys().next().value!);
    return training;
  }

  get size(): number {
    return this.models.size;
  }
}

/** The runtime's one cache: the session engine and the studio's classify route train each bot once. */
export const sharedModels = new ModelCache();
