import { useEffect, useMemo, useState } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { CLAIM_STATUSES, type Claim } from "@shared/schemas/claim";
import { Button } from "../../components/Button";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { loadClaims } from "../../store/claims/loaders";
import { useIncidentPresence } from "../../store/session/hooks";
import { rememberOpenedIncident } from "../dashboard/memory";
import { ensureIncident } from "../../store/incidents/loaders";
import { useDocumentTitle } from "../layout/useDocumentTitle";
import { ClaimBoardContext, type ClaimBoardEnv } from "./ClaimBoardContext";
import { ClaimColumn } from "./ClaimColumn";
import { ClaimFilters } from "./ClaimFilters";
import { ClaimForm } from "./ClaimForm";
import { ClaimsListView } from "./ClaimsListView";
import { CLOSED_STATUSES, columnsOf, matches, mayWorkClaims, NO_FILTER, type ClaimFilter } from "./selectors";
import { useNewClaimAnnouncement } from "./useNewClaimAnnouncement";
import "./claims.css";
import { serverNow } from "../../store/session/serverClock";
import { WORK_TEXT_LANG } from "@shared/constants";

/** The misinformation desk's live kanban for one incident: cards move on every screen as claim events arrive. */
export function ClaimsBoardPage() {
  const { id = "" } = useParams();
  const t = useT();
  const incident = useStore((s) => s.incidents[id]);
  const claims = useStore((s) => s.claimsData.claims);
  const status = useStore((s) => s.claimsData.lists[id] ?? "idle");
  const userId = useStore((s) => s.user?.id ?? null);
  const role = useStore((s) => s.user?.role);
  const takeLost = useStore((s) => s.claimsData.takeLost);
  const navigate = useNavigate();
  const board = useMemo<ClaimBoardEnv>(() => ({ t, role, userId, navigate }), [t, role, userId, navigate]);
  const online = useStore((s) => s.connection === "online");
  const [filter, setFilter] = useState<ClaimFilter>(NO_FILTER);
  // The view is in the address, so a reload or a shared link keeps it.
  const [params, setParams] = useSearchParams();
  const view = params.get("view") === "list" ? "list" : "board";
  // Only an overdue filter depends on the clock; otherwise the board itself need not re-render every second.
  const now = useStore((s) => (filter.overdueOnly ? s.now : 0));
  useDocumentTitle(t("claims.title"));
  useIncidentPresence(id);

  useEffect(() => {
    rememberOpenedIncident(id);
    void ensureIncident(id).catch(() => {});
  }, [id]);
  // Loaded on open and again after a reconnect (events missed while offline are then in the fresh list).
  useEffect(() => {
    if (online || status === "idle") void loadClaims(id).catch(() => {});
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, online]);

  const all = useMemo(() => columnsOf(claims, id), [claims, id]);
  const visible = useMemo(() => {
    const f = (list: Claim[]) => list.filter((c) => matches(c, filter, userId, now || serverNow()));
    return Object.fromEntries(CLAIM_STATUSES.map((s) => [s, f(all[s])])) as typeof all;
  }, [all, filter, userId, now]);
  const incidentClaims = useMemo(() => CLAIM_STATUSES.flatMap((s) => all[s]), [all]);
  const announcement = useNewClaimAnnouncement(incidentClaims, status === "loaded");

  useEffect(() => {
    if (status === "loaded") performance.mark("claims-board-ready");
  }, [status]);

  return (
    <article className="page claims-page" aria-labelledby="claims-title">
      <p className="back-link">
        <Link to={`/incidents/${id}`}>← {t("claims.back")}</Link>
        {" · "}
        <Link to={`/incidents/${id}/claims/metrics`}>{t("claims.metricsLink")}</Link>
      </p>
      <h1 id="claims-title">
        {t("claims.title")}
        {incident ? (
          <span className="claims-incident">
            : <span lang={WORK_TEXT_LANG}>{incident.title}</span>
          </span>
        ) : null}
      </h1>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="claims-live">
        {announcement}
      </div>
      <ClaimForm incidentId={id} />
      <ClaimFilters filter={filter} onChange={setFilter} />
      {status === "error" ? (
        <div className="notice notice-error" role="alert">
          {t("claims.loadError")}{" "}
          <Button onClick={() => void loadClaims(id).catch(() => {})}>{t("claims.retry")}</Button>
        </div>
      ) : null}
      {status === "loading" && incidentClaims.length === 0 ? <p className="loading">{t("app.loading")}</p> : null}
      <fieldset className="segmented claims-view-switch">
        <legend className="visually-hidden">{t("claims.view.label")}</legend>
        {(["board", "list"] as const).map((v) => (
          <label key={v} className={v === view ? "segmented-option is-selected" : "segmented-option"}>
            <input
              type="radio"
              name="claims-view"
              value={v}
              checked={v === view}
              onChange={() => setParams(v === "list" ? { view: "list" } : {}, { replace: true })}
            />
            {t(`claims.view.${v}`)}
          </label>
        ))}
      </fieldset>
      {view === "list" ? (
        <ClaimBoardContext value={board}>
          <div data-ready={status === "loaded" ? "true" : undefined} className="claims-list-host">
            <ClaimsListView claims={CLAIM_STATUSES.flatMap((s) => visible[s])} mayWork={mayWorkClaims(role)} />
          </div>
        </ClaimBoardContext>
      ) : (
        <ClaimBoardContext value={board}>
          <div className="claims-board" data-ready={status === "loaded" ? "true" : undefined}>
            {CLAIM_STATUSES.map((s) => (
              <ClaimColumn
                key={s}
                status={s}
                claims={visible[s]}
                collapsible={CLOSED_STATUSES.includes(s)}
                takeLost={takeLost}
              />
            ))}
          </div>
        </ClaimBoardContext>
      )}
    </article>
  );
}
