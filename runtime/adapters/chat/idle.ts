/**
 * A gather's timeout is written for a phone call (a few seconds of silence); people type
 * slower than they press keys and switch tabs in between. So a chat waits at least
 * CHAT_IDLE_SECONDS (default 120) before the scenario hears noInput.
 */
export const DEFAULT_CHAT_IDLE_SECONDS = 120;

export function chatIdleFloor(env: Record<string, string | undefined> = process.env): number {
  const raw = env.CHAT_IDLE_SECONDS;
  if (raw === undefined || raw.trim() === '') return DEFAULT_CHAT_IDLE_SECONDS;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    console.warn(`CHAT_IDLE_SECONDS="${raw}" is not a positive number; using ${DEFAULT_CHAT_IDLE_SECONDS}`);
    return DEFAULT_CHAT_IDLE_SECONDS;
  }
  return value;
}

/** Seconds of silence before noInput: the scenario's timeout, but never less than the floor. */
export function idleSeconds(timeout: number, floor: number): number {
  return Math.max(timeout, floor);
}
