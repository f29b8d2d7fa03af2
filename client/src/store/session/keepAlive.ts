/** How often a signed-in console touches its session: far inside the default 12-hour session (KRISRUM_SESSION_HOURS). */
export const KEEP_ALIVE_MS = 10 * 60_000;

/**
 * A console that only listens on the socket sends no REST requests for hours, so its session would lapse (and its
 * cookie with it) while someone is watching it. A periodic GET /api/me slides the session and renews the cookie;
 * the caller ends the session when the answer says it is gone.
 */
export function startKeepAlive(touch: () => Promise<unknown>, intervalMs = KEEP_ALIVE_MS): () => void {
  const timer = setInterval(() => {
    // A failed touch (server briefly away) is not an answer about the session: the next tick tries again.
    touch().catch(() => {});
  }, intervalMs);
  return () => clearInterval(timer);
}
