import type { Deps } from '../app';
import { Acd, type AcdOptions } from './engine';
import { rebuildQueues } from './rebuild';

const instances = new WeakMap<object, { acd: Acd; ready: Promise<void> }>();

/**
 * The ACD of a running server, for adapters that connect queued callers: one per storage
 * (that is, per server), made on first use and fed by the server's monitor from then on.
 * `ready` settles once callers waiting before a restart are back in their queues.
 *
 *   const acd = acdFor(deps);
 *   const status = await acd.status(sessionId); // QueueStatus | undefined
 *   acd.onChange(({ sessionId, outcome, assignment }) => …);
 */
export function acdFor(deps: Pick<Deps, 'storage' | 'monitor'>, options: AcdOptions = {}): Acd {
  return instance(deps, options).acd;
}

export function acdReady(deps: Pick<Deps, 'storage' | 'monitor'>): Promise<void> {
  return instance(deps, {}).ready;
}

function instance(deps: Pick<Deps, 'storage' | 'monitor'>, options: AcdOptions) {
  let found = instances.get(deps.storage);
  if (!found) {
    const acd = new Acd(deps.storage, deps.monitor, options);
    const ready = rebuildQueues(deps.storage, acd).then(
      () => undefined,
      (error: Error) => console.warn(`ACD: queues not rebuilt after restart: ${error.message}`),
    );
    found = { acd, ready };
    instances.set(deps.storage, found);
  }
  return found;
}

/** Stops the ACD's timers and monitor subscription; the next acdFor makes a new one. */
export function closeAcd(deps: Pick<Deps, 'storage'>): void {
  instances.get(deps.storage)?.acd.close();
  instances.delete(deps.storage);
}
