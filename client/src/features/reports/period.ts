import { REPORT_MAX_RANGE_DAYS } from "@shared/schemas/report";
import { swedishDay } from "@shared/swedishDay";

const DAY_MS = 86_400_000;

export const isDay = (v: string | null): v is string => v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** The last 30 days in Swedish time, today included (the days the server counts in, whatever the browser's zone). */
export function defaultPeriod(now: Date): { from: string; to: string } {
  return { from: swedishDay(new Date(now.getTime() - 29 * DAY_MS)), to: swedishDay(now) };
}

/** What is wrong with a period of two days (YYYY-MM-DD, both included) before the server is asked, or null. */
export function periodProblem(from: string, to: string): "reversed_range" | "range_too_long" | null {
  // Both are YYYY-MM-DD, so the strings compare as the days do; the same day is a one-day period.
  if (to < from) return "reversed_range";
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;
  return days > REPORT_MAX_RANGE_DAYS ? "range_too_long" : null;
}
