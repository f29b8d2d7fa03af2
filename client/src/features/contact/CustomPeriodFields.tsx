import { useState } from "react";
import { readPeriod } from "@shared/period";
import { STATS_MAX_RANGE_DAYS } from "@shared/schemas/contactStats";
import { DateInput } from "../../components/DateInput";
import { useT } from "../../i18n/useT";

export interface Period {
  from: string;
  to: string;
}

/**
 * The contact centre's own period, typed as ÅÅÅÅ-MM-DD whatever the browser's locale (a native date input showed
 * 11/30/2026 in an English browser). The statistics follow once both days are whole dates in order and at most
 * STATS_MAX_RANGE_DAYS calendar days apart (the server's limit, counted as it counts them); a reversed or too long
 * period is said at "Till och med", as on the period report, and changes nothing.
 */
export function CustomPeriodFields({ value, onChange }: { value: Period; onChange: (period: Period) => void }) {
  const t = useT();
  const [draft, setDraft] = useState(value);
  const problemOf = (p: Period) =>
    p.from !== "" && p.to !== "" ? readPeriod(p.from, p.to, STATS_MAX_RANGE_DAYS).problem : null;
  const problem = problemOf(draft);
  const change = (next: Period) => {
    setDraft(next);
    if (next.from !== "" && next.to !== "" && problemOf(next) === null) onChange(next);
  };
  return (
    <div className="trends-period-custom">
      <div className="field">
        <label htmlFor="trends-period-from">{t("trends.period.from")}</label>
        <DateInput id="trends-period-from" value={draft.from} onChange={(from) => change({ ...draft, from })} />
      </div>
      <div className="field">
        <label htmlFor="trends-period-to">{t("trends.period.to")}</label>
        <DateInput
          id="trends-period-to"
          value={draft.to}
          aria-invalid={problem !== null || undefined}
          aria-describedby={problem ? "trends-period-problem" : undefined}
          onChange={(to) => change({ ...draft, to })}
        />
        {problem ? (
          <p id="trends-period-problem" className="field-error">
            {problem === "reversed_range"
              ? t("reports.period.reversed")
              : t("error.reason.range_too_long", { max: STATS_MAX_RANGE_DAYS })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
