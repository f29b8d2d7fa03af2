import { REPORT_MAX_RANGE_DAYS, type PeriodQuery } from "../../../shared/schemas/report.js";
import { AppError } from "../../errors.js";

const ZONE = "Europe/Stockholm";
const DAY_MS = 86_400_000;
const parts = new Intl.DateTimeFormat("en-CA", {
  timeZone: ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  hourCycle: "h23",
});

/** Stockholm's offset from UTC at an instant, in ms (+1 h in winter, +2 h in summer). */
function offsetAt(ms: number): number {
  const p = Object.fromEntries(parts.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour));
  return asUtc - Math.floor(ms / 3_600_000) * 3_600_000;
}

/** Midnight at the start of a calendar day in Swedish time ("2026-03-29" → 2026-03-28T23:00:00.000Z). */
export function swedishMidnight(day: string): number {
  const [y, m, d] = day.split("-").map(Number);
  const utc = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1);
  return utc - offsetAt(utc - offsetAt(utc));
}

const nextDay = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00.000Z`) + DAY_MS).toISOString().slice(0, 10);
const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/**
 * A period query as an exact [from, to) range: a day as `to` includes the whole day. 400 names the field, and says
 * why in `reason` (`reversed_range`, `range_too_long` with `maxDays`) for the console to say in its language.
 */
export function periodRange(query: PeriodQuery, maxDays = REPORT_MAX_RANGE_DAYS): { from: string; to: string } {
  const from = isDay(query.from) ? swedishMidnight(query.from) : Date.parse(query.from);
  const to = isDay(query.to) ? swedishMidnight(nextDay(query.to)) : Date.parse(query.to);
  if (!(to > from)) throw new AppError("validation", "to: must be after from", 400, "to", { reason: "reversed_range" });
  // Days given as days are counted as calendar days: a period across clock changes is some hours longer or shorter
  // than its days × 24 h, and 400 days must stay 400 days (the console counts them the same way).
  const span =
    isDay(query.from) && isDay(query.to)
      ? Date.parse(`${nextDay(query.to)}T00:00:00Z`) - Date.parse(`${query.from}T00:00:00Z`)
      : to - from;
  if (span > maxDays * DAY_MS)
    throw new AppError("validation", `to: at most ${maxDays} days after from`, 400, "to", {
      reason: "range_too_long",
      maxDays,
    });
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/**
 * "2026-03" for an ISO time: the calendar month in Swedish time, for times in [from, to). The months' first
 * instants are worked out once (at most 14 of them), so a year of inquiries is a comparison of ISO strings each.
 */
export function monthOf(from: string, to: string): (iso: string) => string {
  const starts: Array<{ at: string; month: string }> = [];
  const p = Object.fromEntries(parts.formatToParts(new Date(from)).map((x) => [x.type, x.value]));
  let [y, m] = [Number(p.year), Number(p.month)];
  for (;;) {
    const month = `${y}-${String(m).padStart(2, "0")}`;
    const at = new Date(swedishMidnight(`${month}-01`)).toISOString();
    if (at >= to) break;
    starts.push({ at, month });
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return (iso) => {
    let month = starts[0]?.month ?? iso.slice(0, 7);
    for (const s of starts) {
      if (s.at > iso) break;
      month = s.month;
    }
    return month;
  };
}
