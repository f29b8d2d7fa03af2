import { CLAIM_SEVERITIES, type ClaimSeverity } from "@shared/schemas/claim";
import { FormField } from "../../components/FormField";
import { useT } from "../../i18n/useT";
import type { AssigneeFilter, ClaimFilter } from "./selectors";

/** Severity, assignee (mine / unassigned / all) and overdue-only. */
export function ClaimFilters({ filter, onChange }: { filter: ClaimFilter; onChange: (f: ClaimFilter) => void }) {
  const t = useT();
  return (
    <fieldset className="claim-filters">
      <legend>{t("claims.filters")}</legend>
      <FormField label={t("claims.severity")}>
        {(p) => (
          <select
            {...p}
            value={filter.severity}
            onChange={(e) => onChange({ ...filter, severity: e.target.value as ClaimSeverity | "all" })}
          >
            <option value="all">{t("claims.filter.all")}</option>
            {CLAIM_SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`claims.severity.${s}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t("claims.filter.assignee")}>
        {(p) => (
          <select
            {...p}
            value={filter.assignee}
            onChange={(e) => onChange({ ...filter, assignee: e.target.value as AssigneeFilter })}
          >
            <option value="all">{t("claims.filter.all")}</option>
            <option value="mine">{t("claims.filter.mine")}</option>
            <option value="unassigned">{t("claims.filter.unassigned")}</option>
          </select>
        )}
      </FormField>
      <label className="claim-filter-check">
        <input
          type="checkbox"
          checked={filter.overdueOnly}
          onChange={(e) => onChange({ ...filter, overdueOnly: e.target.checked })}
        />
        {t("claims.filter.overdue")}
      </label>
    </fieldset>
  );
}
