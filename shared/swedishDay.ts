/**
 * The calendar day in Swedish time ("2026-12-05"), the day the municipality's reports and statistics count in: the
 * server reads a `from`/`to` day as a Swedish day (server/domain/reports/period.ts), so a console whose browser runs in
 * another zone (a laptop on UTC, a test runner) must name the same day, or "today" misses the hour after midnight.
 * The formatter is made at first use: building ICU's zone data costs a cold page ~10 ms.
 */
import { MUNICIPALITY_TIME_ZONE } from "./timeZone.js";

let days: Intl.DateTimeFormat | undefined;

export function swedishDay(at: Date): string {
  days ??= new Intl.DateTimeFormat("en-CA", {
    timeZone: MUNICIPALITY_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  return days.format(at);
}
