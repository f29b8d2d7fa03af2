/**
 * When to try again after `attempts` failed tries: exponential from 5 s, capped at one hour, with full jitter
 * (a random point in the window) so receivers coming back are not hit by every node at once. Deliveries keep
 * being retried until they are RETRY_FOR_MS old (at least 24 hours, the floor), then they fail.
 */
export const RETRY_BASE_MS = 5_000;
export const RETRY_CAP_MS = 60 * 60_000;
export const RETRY_FOR_MS = 25 * 60 * 60_000;

export function retryDelayMs(attempts: number, random: () => number = Math.random, baseMs = RETRY_BASE_MS): number {
  const window = Math.min(RETRY_CAP_MS, baseMs * 2 ** Math.max(0, attempts - 1));
  // Half fixed, half random: never sooner than half the window, so retries still back off.
  return Math.round(window / 2 + random() * (window / 2));
}

/** Null: give up (the delivery is older than the retry period). */
export function nextAttemptAt(
  createdAt: string,
  attempts: number,
  now: number,
  random: () => number = Math.random,
  baseMs = RETRY_BASE_MS,
): string | null {
  if (now - Date.parse(createdAt) >= RETRY_FOR_MS) return null;
  return new Date(now + retryDelayMs(attempts, random, baseMs)).toISOString();
}
