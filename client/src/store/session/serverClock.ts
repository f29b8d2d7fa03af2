/**
 * The server's clock as this console knows it. Promised update times, overdue clocks, the checklist's "now" and an
 * inquiry's `openedAt` are judged against times the server wrote; a PC whose clock is minutes off (no time sync, a
 * laptop back from sleep in another time zone setting) would otherwise call an overdue promise kept and have its
 * inquiries refused as lying in the future. The offset is measured on every (re)connect (realtime.ts).
 */
let offsetMs = 0;

/** Epoch ms by the server's clock: use this, not Date.now(), wherever a time is compared with server times. */
export function serverNow(): number {
  return Date.now() + offsetMs;
}

export function clockOffsetMs(): number {
  return offsetMs;
}

export function setClockOffsetMs(ms: number): void {
  offsetMs = ms;
}

/** An answer slower than this says too little about when the server read its clock to correct by it. */
export const MAX_CLOCK_ROUND_TRIP_MS = 2_000;

/**
 * The offset from one round trip (NTP's estimate): the server read its clock about halfway between asking and hearing
 * back. `undefined` when the round trip was too slow to tell.
 */
export function offsetFrom(sentAt: number, serverTime: number, receivedAt: number): number | undefined {
  const roundTrip = receivedAt - sentAt;
  if (!Number.isFinite(serverTime) || roundTrip < 0 || roundTrip > MAX_CLOCK_ROUND_TRIP_MS) return undefined;
  return Math.round(serverTime - (sentAt + roundTrip / 2));
}

/** An offset under this is ordinary drift: not worth telling the user about. */
export const NOTICEABLE_SKEW_MS = 60_000;
