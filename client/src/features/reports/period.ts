const DAY_MS = 86_400_000;

export const isDay = (v: string | null): v is string => v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** "2026-03-05" in the browser's time zone (the date a person means when she picks a day). */
export function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The last 30 days, today included. */
export function defaultPeriod(now: Date): { from: string; to: string } {
  return { from: localDay(new Date(now.getTime() - 29 * DAY_MS)), to: localDay(now) };
}
