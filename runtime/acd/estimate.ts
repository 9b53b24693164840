/** Assumed minutes an agent spends per caller until the queue has served some. */
export const DEFAULT_HANDLE_MINUTES = 3;
/** Served callers older than this no longer say how fast the queue moves. */
export const RATE_WINDOW_MS = 30 * 60_000;

/**
 * Minutes a caller at `position` will still wait: from the rate the queue served callers
 * recently, or, without recent data, from the agents who could serve it.
 */
export function estimateWaitMinutes(input: {
  position: number;
  now: number;
  /** When the ACD started counting, so a fresh start does not dilute the rate. */
  since: number;
  /** When callers of this queue were given an agent (epoch ms). */
  served: number[];
  /** Agents serving the queue who are not offline. */
  staffed: number;
}): number {
  const windowStart = Math.max(input.now - RATE_WINDOW_MS, input.since);
  const recent = input.served.filter((t) => t >= windowStart).length;
  const minutes =
    recent > 0
      ? input.position / (recent / Math.max(1, (input.now - windowStart) / 60_000))
      : (input.position * DEFAULT_HANDLE_MINUTES) / Math.max(1, input.staffed);
  return Math.min(999, Math.max(1, Math.ceil(minutes)));
}
