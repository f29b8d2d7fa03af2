import { useEffect, useMemo } from "react";
import { Link } from "react-router";
import { CLAIM_STATUSES } from "@shared/schemas/claim";
import { formatTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { loadClaims } from "../../store/claims/loaders";
import { useNow } from "../../store/session/ticker";
import { ClaimDue } from "./ClaimDue";
import { mayWorkClaims } from "./selectors";
import { countClaims, overdueCount } from "./summary";
import "./claims.css";
import { Quoted } from "../../components/Quoted";

/**
 * The desk on the incident overview, for the roles that work it: the way to the board, counts by status and the
 * oldest open claim. Computed from the store's claims, which claim events keep live; loaded again after a reconnect.
 */
export function ClaimsOverviewLink({ incidentId }: { incidentId: string }) {
  const t = useT();
  const allowed = useStore((s) => mayWorkClaims(s.user?.role));
  if (!allowed) return null;
  return (
    <section className="card claims-overview" aria-labelledby="claims-overview-title">
      <h2 id="claims-overview-title">{t("claims.summary.title")}</h2>
      <p className="claims-overview-link">
        <Link className="btn btn-secondary" to={`/incidents/${incidentId}/claims`}>
          {t("claims.overviewLink")}
        </Link>{" "}
        <span className="field-hint">{t("claims.overviewHint")}</span>
      </p>
      <ClaimsSummary incidentId={incidentId} />
    </section>
  );
}

function ClaimsSummary({ incidentId }: { incidentId: string }) {
  const t = useT();
  const lang = useLanguage();
  const claims = useStore((s) => s.claimsData.claims);
  const status = useStore((s) => s.claimsData.lists[incidentId] ?? "idle");
  const online = useStore((s) => s.connection === "online");
  const now = useNow();
  useEffect(() => {
    if (online || status === "idle") void loadClaims(incidentId).catch(() => {});
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [incidentId, online]);

  const { counts, open } = useMemo(() => countClaims(claims, incidentId), [claims, incidentId]);
  const overdue = overdueCount(open, now);
  const oldest = open[0];
  const known = Object.values(counts).some((n) => n > 0);
  if (status === "error" && !known) return <p className="notice notice-error">{t("claims.summary.error")}</p>;
  if (status !== "loaded" && !known) return <p className="loading">{t("claims.summary.loading")}</p>;
  return (
    <>
      <p className="claims-overview-totals" data-testid="claims-overview-totals">
        {t("claims.summary.open", { count: open.length })}
        {" · "}
        <span className={overdue > 0 ? "claims-overview-overdue" : undefined}>
          {t("claims.summary.overdue", { count: overdue })}
        </span>
      </p>
      <dl className="claims-overview-counts" aria-label={t("claims.summary.counts")}>
        {CLAIM_STATUSES.map((s) => (
          <div key={s}>
            <dt>{t(`claims.column.${s}`)}</dt>
            <dd data-status={s}>{counts[s]}</dd>
          </div>
        ))}
      </dl>
      <h3 className="claims-overview-oldest-title">{t("claims.summary.oldest")}</h3>
      {oldest ? (
        <div className="claims-overview-oldest" data-testid="claims-oldest">
          <p className="claim-text">
            <Quoted text={oldest.text} />
          </p>
          <p className="field-hint">
            {t(`claims.severity.${oldest.severity}`)} ·{" "}
            {t("claims.summary.loggedAt", { time: formatTime(oldest.createdAt, lang) })}
          </p>
          <ClaimDue claim={oldest} />
        </div>
      ) : (
        <p className="empty">{t("claims.summary.none")}</p>
      )}
    </>
  );
}
