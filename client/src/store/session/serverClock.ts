/**
 * The server's clock as this console knows it. Promised update times, overdue clocks, the checklist's "now" and an
 * inquiry's `openedAt` are judged against times the server wrote; a PC whose clock is minutes off (no time sync, a
 * laptop back from sleep) would otherwise call an overdue promise kept and have its inquiries refused as lying in
 * the future. The offset is measured on every (re)connect and every few minutes (realtime.ts).
 *
 * It is kept against the page's monotonic clock (`performance`), not `Date.now()`: when the user sets the PC's clock
 * right, as the notice asks, the server's time as reckoned here does not jump with it.
 */
const OFFSET_KEY = "krisrum.clockOffset";

const monotonicNow = (): number => performance.timeOrigin + performance.now();

function storedSkew(): number {
  try {
    const stored = Number(globalThis.sessionStorage?.getItem(OFFSET_KEY));
    return Number.isFinite(stored) ? stored : 0;
  } catch {
    return 0;
  }
}

/**
 * Until this page has read the server's clock, the PC's clock corrected by the skew the last page measured (a reload
 * on a skewed PC is right from the start); once read, the page's monotonic clock corrected by the reading.
 */
let measured = false;
let offsetMs = storedSkew();

/** Epoch ms by the server's clock: use this, not Date.now(), wherever a time is compared with server times. */
export function serverNow(): number {
  return (measured ? monotonicNow() : Date.now()) + offsetMs;
}

/** The offset the last reading gave (against the monotonic clock); changes only when measured. */
export function clockOffsetMs(): number {
  return offsetMs;
}

/** A reading of the server's clock: `ms` is its offset from `monotonicNow()`. */
export function setClockOffsetMs(ms: number): void {
  measured = true;
  offsetMs = ms;
  try {
    globalThis.sessionStorage?.setItem(OFFSET_KEY, String(Math.round(serverNow() - Date.now())));
  } catch {
    // Storage refused (private mode): the reading lasts for this page only.
  }
}

/** Back to the PC's own clock, as before any reading (a new session, tests). */
export function resetServerClock(): void {
  measured = false;
  offsetMs = 0;
}

/** How far the PC's own clock (what the operating system shows) is behind the server's; negative: ahead. */
export function pcClockSkewMs(): number {
  return serverNow() - Date.now();
}

/** An answer slower than this says too little about when the server read its clock to correct by it. */
export const MAX_CLOCK_ROUND_TRIP_MS = 2_000;

/**
 * The offset from one round trip (NTP's estimate): the server read its clock about halfway between asking and hearing
 * back. Times are the page's monotonic clock (`monotonicNow`). `undefined` when the round trip was too slow to tell.
 */
export function offsetFrom(sentAt: number, serverTime: number, receivedAt: number): number | undefined {
  const roundTrip = receivedAt - sentAt;
  if (!Number.isFinite(serverTime) || roundTrip < 0 || roundTrip > MAX_CLOCK_ROUND_TRIP_MS) return undefined;
  return Math.round(serverTime - (sentAt + roundTrip / 2));
}

export { monotonicNow };

/** A skew under this is ordinary drift: not worth telling the user about. */
export const NOTICEABLE_SKEW_MS = 60_000;
