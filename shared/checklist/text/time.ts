/** Clock helpers for the fast rules. Times arrive as ISO 8601 strings; nothing here reads the system clock. */

export const MINUTE_MS = 60_000;

export function parseTime(iso: string | null | undefined): number | null {
  if (typeof iso !== "string") return null;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : null;
}

export function minutesBetween(from: number, to: number): number {
  return Math.round((to - from) / MINUTE_MS);
}

/** "2 h 5 min" / "45 min": the same in Swedish and English. */
export function formatMinutes(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return rest === 0 ? `${h} h` : `${h} h ${rest} min`;
}
