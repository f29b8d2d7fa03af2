import { useMemo, useState } from "react";
import type { Claim } from "@shared/schemas/claim";
import { useT } from "../../i18n/useT";
import { BulkBar } from "./BulkBar";
import { byDue, type DueOrder } from "./bulk";
import { ClaimDue } from "./ClaimDue";
import { isOpen } from "./selectors";
import "./claimsList.css";
import { Quoted } from "../../components/Quoted";

const SEVERITY_CLASS = { low: "sev-low", medium: "sev-medium", high: "sev-high", critical: "sev-critical" } as const;

/**
 * The board as one compact table for a busy desk (50+ claims): sortable by due time, with rows selected for bulk
 * triage and assignment. Reads the same store as the kanban, so it is as live.
 */
export function ClaimsListView({ claims, mayWork }: { claims: Claim[]; mayWork: boolean }) {
  const t = useT();
  const [order, setOrder] = useState<DueOrder>("asc");
  const [showClosed, setShowClosed] = useState(false);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());

  const rows = useMemo(
    () => claims.filter((c) => showClosed || isOpen(c)).sort(byDue(order)),
    [claims, showClosed, order],
  );
  // Only claims still in the list count as selected (one may have closed or left the filter meanwhile).
  const selected = rows.filter((c) => picked.has(c.id));
  const allPicked = rows.length > 0 && selected.length === rows.length;
  const toggle = (id: string, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(id);
    else next.delete(id);
    setPicked(next);
  };

  return (
    <div className="claims-list-view">
      <label className="claim-filter-check claims-list-closed">
        <input type="checkbox" checked={showClosed} onChange={(e) => setShowClosed(e.target.checked)} />
        {t("claims.list.showClosed")}
      </label>
      <div className="claims-table-wrap" tabIndex={0} role="region" aria-labelledby="claims-table-caption">
        <table className="claims-table">
          <caption id="claims-table-caption">{t("claims.list.caption", { count: rows.length })}</caption>
          <thead>
            <tr>
              {mayWork ? (
                <th scope="col" className="col-select">
                  <input
                    type="checkbox"
                    checked={allPicked}
                    disabled={rows.length === 0}
                    aria-label={t("claims.list.selectAll", { count: rows.length })}
                    onChange={(e) => setPicked(e.target.checked ? new Set(rows.map((c) => c.id)) : new Set())}
                  />
                </th>
              ) : null}
              <th scope="col" className="col-text">
                {t("claims.list.text")}
              </th>
              <th scope="col">{t("claims.list.status")}</th>
              <th scope="col">{t("claims.severity")}</th>
              <th scope="col">{t("claims.reach")}</th>
              <th scope="col">{t("claims.assignee")}</th>
              <th scope="col" aria-sort={order === "asc" ? "ascending" : "descending"} className="col-due">
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => setOrder(order === "asc" ? "desc" : "asc")}
                >
                  {t("claims.list.sortDue")} <span aria-hidden="true">{order === "asc" ? "▲" : "▼"}</span>
                  <span className="visually-hidden">
                    , {order === "asc" ? t("claims.list.sortAsc") : t("claims.list.sortDesc")}
                  </span>
                </button>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.id} data-claim-id={c.id} className={picked.has(c.id) ? "is-picked" : undefined}>
                {mayWork ? (
                  <td className="col-select">
                    <input
                      type="checkbox"
                      checked={picked.has(c.id)}
                      aria-label={t("claims.list.selectOne", { text: c.text })}
                      onChange={(e) => toggle(c.id, e.target.checked)}
                    />
                  </td>
                ) : null}
                <td className="col-text">
                  <Quoted text={c.text} />
                </td>
                <td>{t(`claims.row.status.${c.status}`)}</td>
                <td>
                  <span className={`claim-severity ${SEVERITY_CLASS[c.severity]}`}>
                    {t(`claims.severity.${c.severity}`)}
                  </span>
                </td>
                <td>{t(`claims.reach.${c.reach}`)}</td>
                <td>{c.assigneeName ?? t("claims.nobody")}</td>
                <td className="col-due">
                  <ClaimDue claim={c} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? <p className="empty">{t("claims.list.empty")}</p> : null}
      </div>
      {/* After the list: select rows, then act on them, and Tab from a ticked row goes on towards the actions
          (WCAG 2.4.3). Above the list it was reached only by going back past every row. While rows are selected
          it stays in sight at the bottom of the window (claimsList.css). */}
      {mayWork ? <BulkBar selected={selected} onClear={() => setPicked(new Set())} /> : null}
    </div>
  );
}
