import { useState } from "react";
import { DateInput } from "../../components/DateInput";
import { useT } from "../../i18n/useT";

export interface Period {
  from: string;
  to: string;
}

/**
 * The contact centre's own period, typed as ÅÅÅÅ-MM-DD whatever the browser's locale (a native date input showed
 * 11/30/2026 in an English browser). The statistics follow once both days are whole dates in order; a reversed period
 * is said at "Till och med" and changes nothing.
 */
export function CustomPeriodFields({ value, onChange }: { value: Period; onChange: (period: Period) => void }) {
  const t = useT();
  const [draft, setDraft] = useState(value);
  const reversed = draft.from !== "" && draft.to !== "" && draft.to < draft.from;
  const change = (next: Period) => {
    setDraft(next);
    // Both are YYYY-MM-DD, so the strings compare as the days do.
    if (next.from !== "" && next.to !== "" && next.from <= next.to) onChange(next);
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
          aria-invalid={reversed || undefined}
          aria-describedby={reversed ? "trends-period-reversed" : undefined}
          onChange={(to) => change({ ...draft, to })}
        />
        {reversed ? (
          <p id="trends-period-reversed" className="field-error">
            {t("reports.period.reversed")}
          </p>
        ) : null}
      </div>
    </div>
  );
}
