import { REPORT_MAX_RANGE_DAYS, type PeriodQuery } from "../../../shared/schemas/report.js";
import { readPeriod, swedishMidnight } from "../../../shared/period.js";
import { swedishDay } from "../../../shared/swedishDay.js";
import { AppError } from "../../errors.js";

/**
 * A period query as an exact [from, to) range (shared/period.ts reads it: a day as `to` includes the whole day). 400
 * names the field, and says why in `reason` (`reversed_range`, `range_too_long` with `maxDays`) for the console to
 * say in its language.
 */
export function periodRange(query: PeriodQuery, maxDays = REPORT_MAX_RANGE_DAYS): { from: string; to: string } {
  const period = readPeriod(query.from, query.to, maxDays);
  if (period.problem === "reversed_range")
    throw new AppError("validation", "to: must be after from", 400, "to", { reason: "reversed_range" });
  if (period.problem === "range_too_long")
    throw new AppError("validation", `to: at most ${maxDays} days after from`, 400, "to", {
      reason: "range_too_long",
      maxDays,
    });
  return { from: new Date(period.from).toISOString(), to: new Date(period.to).toISOString() };
}

/**
 * "2026-03" for an ISO time: the calendar month in Swedish time, for times in [from, to). The months' first
 * instants are worked out once (at most 14 of them), so a year of inquiries is a comparison of ISO strings each.
 */
export function monthOf(from: string, to: string): (iso: string) => string {
  const starts: Array<{ at: string; month: string }> = [];
  const [fromYear, fromMonth] = swedishDay(new Date(from)).split("-").map(Number);
  let [y, m] = [fromYear ?? 1970, fromMonth ?? 1];
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
