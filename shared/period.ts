import { REPORT_MAX_RANGE_DAYS } from "./schemas/report.js";
import { MUNICIPALITY_TIME_ZONE } from "./timeZone.js";

/**
 * Why a period is refused: the server's 400 sends it as `reason` (with `maxDays` for a long one) and the console says
 * it at "Till och med" before it asks.
 */
export type PeriodProblem = "reversed_range" | "range_too_long";

/** A period read: its exact bounds [from, to) in ms, and what is wrong with it, if anything. */
export interface ReadPeriod {
  from: number;
  to: number;
  problem: PeriodProblem | null;
}

const DAY_MS = 86_400_000;
const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
const utcMidnight = (day: string) => Date.parse(`${day}T00:00:00Z`);
const nextDay = (day: string): string => new Date(utcMidnight(day) + DAY_MS).toISOString().slice(0, 10);

// Made at first use, as in swedishDay.ts: building ICU's zone data costs a cold page some milliseconds.
let hours: Intl.DateTimeFormat | undefined;

/** Stockholm's offset from UTC at an instant, in ms (+1 h in winter, +2 h in summer). */
function offsetAt(ms: number): number {
  hours ??= new Intl.DateTimeFormat("en-CA", {
    timeZone: MUNICIPALITY_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    hourCycle: "h23",
  });
  const p = Object.fromEntries(hours.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour));
  return asUtc - Math.floor(ms / 3_600_000) * 3_600_000;
}

/** Midnight at the start of a calendar day in Swedish time ("2026-03-29" → 2026-03-28T23:00:00.000Z), in ms. */
export function swedishMidnight(day: string): number {
  const [y, m, d] = day.split("-").map(Number);
  const utc = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1);
  return utc - offsetAt(utc - offsetAt(utc));
}

/**
 * Reads a period as the reports and the contact statistics take it, for the server (which refuses it) and the
 * console (which says what is wrong before it asks), so both hold a period to the same rules. Each end is a calendar
 * day (YYYY-MM-DD, in Swedish time; `to` includes its whole day) or an ISO time. Wrong are a period that does not end
 * after it starts (`reversed_range`) and one longer than `maxDays` (`range_too_long`). Two days are counted as
 * calendar days: a period across a clock change is an hour longer or shorter than its days × 24 h, and 400 days must
 * stay 400 days.
 */
export function readPeriod(from: string, to: string, maxDays: number = REPORT_MAX_RANGE_DAYS): ReadPeriod {
  const start = isDay(from) ? swedishMidnight(from) : Date.parse(from);
  const end = isDay(to) ? swedishMidnight(nextDay(to)) : Date.parse(to);
  if (!(end > start)) return { from: start, to: end, problem: "reversed_range" };
  const span = isDay(from) && isDay(to) ? utcMidnight(nextDay(to)) - utcMidnight(from) : end - start;
  return { from: start, to: end, problem: span > maxDays * DAY_MS ? "range_too_long" : null };
}
