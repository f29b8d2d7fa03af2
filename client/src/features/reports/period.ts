import { swedishDay } from "@shared/swedishDay";

const DAY_MS = 86_400_000;

export const isDay = (v: string | null): v is string => v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** The last 30 days in Swedish time, today included (the days the server counts in, whatever the browser's zone). */
export function defaultPeriod(now: Date): { from: string; to: string } {
  return { from: swedishDay(new Date(now.getTime() - 29 * DAY_MS)), to: swedishDay(now) };
}
