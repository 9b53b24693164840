import type { Effect, HttpRequest, HttpResponse } from '../session/context';
import type { BotTurn } from './nlu';

export type ClassifyEffect = Extract<Effect, { kind: 'classify' }>;

/**
 * What a session needs from its host. The runtime supplies real HTTP, stored caller lists and
 * trained NLU; the studio's simulator supplies mocks. Everything is optional: without a
 * provider a session still runs, and the effect takes its error/default path.
 */
export interface Providers {
  /** The clock for business hours. */
  now?: () => Date;
  /** Performs a request; rejects on network errors. The session applies the node's timeout. */
  http?: (request: HttpRequest, options: { signal: AbortSignal; nodeId: string }) => Promise<HttpResponse>;
  /** Whether a number is on a list managed by the host. */
  callerListed?: (list: string, number: string) => boolean | Promise<boolean>;
  /**
   * Runs one bot turn with the node's controller; without it the built-in word-overlap
   * classifier stands in for the NLU and remote controllers take the error path. The signal
   * aborts when the node's timeout is up.
   */
  classify?: (request: ClassifyEffect, options: { signal: AbortSignal }) => Promise<BotTurn>;
}
