import type { Effect, HttpRequest, HttpResponse } from '../session/context';
import type { Classification } from './nlu';

type ClassifyEffect = Extract<Effect, { kind: 'classify' }>;

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
  /** Classifies a bot turn; the built-in word-overlap classifier is used without it. */
  classify?: (request: ClassifyEffect) => Promise<Classification & { handoff?: boolean }>;
}
