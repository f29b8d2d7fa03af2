import { useCallback, useEffect, useRef, useState } from "react";
import { Link, useParams } from "react-router";
import type { ClaimMetrics } from "@shared/schemas/claim";
import { claimMetrics } from "../../api/claims";
import { Button } from "../../components/Button";
import { formatTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { serverNow } from "../../store/session/serverClock";
import { useIncidentPresence } from "../../store/session/hooks";
import { ensureIncident } from "../../store/incidents/loaders";
import { useDocumentTitle } from "../layout/useDocumentTitle";
import { ChannelChart, CorrectionTimeChart } from "./MetricsCharts";
import { ChannelTable, CorrectionTimesTable, formatShare } from "./MetricsTables";
import "./claims.css";
import { WORK_TEXT_LANG } from "@shared/constants";

/** A claim event of this incident changes the sum of its claims' versions; metrics are fetched again shortly after. */
const REFRESH_DEBOUNCE_MS = 500;

/** Follow-up for the desk (GET /api/incidents/:id/claims/metrics): time to correction, deadlines kept, channels. */
export function ClaimsMetricsPage() {
  const { id = "" } = useParams();
  const t = useT();
  const lang = useLanguage();
  const incident = useStore((s) => s.incidents[id]);
  const versions = useStore((s) =>
    Object.values(s.claimsData.claims).reduce((n, c) => (c.incidentId === id ? n + c.version : n), 0),
  );
  const [metrics, setMetrics] = useState<ClaimMetrics | null>(null);
  const [loadedAt, setLoadedAt] = useState<Date | null>(null);
  const [error, setError] = useState(false);
  const [busy, setBusy] = useState(false);
  const live = useRef(true);
  useDocumentTitle(t("claims.metrics.title"));
  useIncidentPresence(id);

  const load = useCallback(async () => {
    setBusy(true);
    try {
      const m = await claimMetrics(id);
      if (!live.current) return;
      setMetrics(m);
      setLoadedAt(new Date(serverNow()));
      setError(false);
    } catch {
      if (live.current) setError(true);
    } finally {
      if (live.current) setBusy(false);
    }
  }, [id]);

  useEffect(() => {
    live.current = true;
    void ensureIncident(id).catch(() => {});
    return () => {
      live.current = false;
    };
  }, [id]);
  useEffect(() => {
    const timer = setTimeout(() => void load(), metrics === null ? 0 : REFRESH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [load, versions]);

  const corrected = metrics ? Object.values(metrics.timeToCorrection).reduce((n, c) => n + c.corrected, 0) : 0;
  return (
    <article className="page claims-metrics-page" aria-labelledby="claims-metrics-title">
      <p className="back-link">
        <Link to={`/incidents/${id}/claims`}>← {t("claims.metrics.back")}</Link>
      </p>
      <h1 id="claims-metrics-title">
        {t("claims.metrics.title")}
        {incident ? (
          <span className="claims-incident">
            : <span lang={WORK_TEXT_LANG}>{incident.title}</span>
          </span>
        ) : null}
      </h1>
      <p className="claims-metrics-refresh">
        <Button busy={busy} onClick={() => void load()}>
          {t("claims.metrics.refresh")}
        </Button>{" "}
        <span role="status" data-testid="metrics-updated">
          {loadedAt ? t("claims.metrics.updated", { time: formatTime(loadedAt, lang) }) : ""}
        </span>{" "}
        <span className="field-hint">{t("claims.metrics.live")}</span>
      </p>
      {error ? (
        <p className="notice notice-error" role="alert">
          {t("claims.metrics.error")}
        </p>
      ) : null}
      {metrics === null ? (
        error ? null : (
          <p className="loading">{t("app.loading")}</p>
        )
      ) : (
        <>
          <p>{t("claims.metrics.total", { count: metrics.total })}</p>
          <section className="card claims-metrics-deadline" aria-labelledby="claims-metrics-deadline">
            <h2 id="claims-metrics-deadline">{t("claims.metrics.withinDeadline")}</h2>
            {metrics.withinDeadlineShare === null ? (
              <p>{t("claims.metrics.noneCorrected")}</p>
            ) : (
              <p>
                <strong className="claims-metrics-share">{formatShare(metrics.withinDeadlineShare, lang)}</strong> (
                {t("claims.metrics.withinDeadlineValue", {
                  inTime: Math.round(metrics.withinDeadlineShare * corrected),
                  count: corrected,
                })}
                )
              </p>
            )}
          </section>
          <div className="claims-metrics-grid">
            <div>
              <CorrectionTimeChart metrics={metrics} />
              <CorrectionTimesTable metrics={metrics} />
            </div>
            <div>
              <ChannelChart metrics={metrics} />
              <ChannelTable metrics={metrics} />
            </div>
          </div>
        </>
      )}
    </article>
  );
}
