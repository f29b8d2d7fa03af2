import { swedishDay } from "@shared/swedishDay";
import { parseTypedDay } from "../../components/DateInput";

const DAY_MS = 86_400_000;

export type PeriodField = "from" | "to";

/** The period the page's address asks for. `bad`: the first day given that is none, which is never asked for. */
export interface UrlPeriod {
  from: string;
  to: string;
  bad: { field: PeriodField; value: string } | null;
}

/**
 * The period of the address (`?from=&to=`): each day given as a calendar day ("2026-11-3" padded), a day not given
 * (or empty) the default's. A day that is none ("2026-02-30", "igår") is kept as written, for its field to show, and
 * named in `bad`: asked for, the server refused it in English.
 */
export function periodFromUrl(
  from: string | null,
  to: string | null,
  fallback: { from: string; to: string },
): UrlPeriod {
  let bad: UrlPeriod["bad"] = null;
  const day = (field: PeriodField, value: string | null): string => {
    if (value === null || value.trim() === "") return fallback[field];
    const parsed = parseTypedDay(value);
    if (parsed !== null) return parsed;
    bad ??= { field, value };
    return value;
  };
  return { from: day("from", from), to: day("to", to), bad };
}

/** The last 30 days in Swedish time, today included (the days the server counts in, whatever the browser's zone). */
export function defaultPeriod(now: Date): { from: string; to: string } {
  return { from: swedishDay(new Date(now.getTime() - 29 * DAY_MS)), to: swedishDay(now) };
}
