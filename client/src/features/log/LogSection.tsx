import { useEffect, useState } from "react";
import { logExportUrl, type LogEntryItem } from "../../api/log";
import { Button } from "../../components/Button";
import { focusWhenLost } from "../../components/focusWhenLost";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { loadLog, loadOlderLog } from "../../store/log/loaders";
import { LOG_TEXT_ID, LogEntryForm } from "./LogEntryForm";
import { correctButtonId } from "./LogItemView";
import { LogFilter } from "./LogFilter";
import { LogTimeline } from "./LogTimeline";
import { isShown, kindOf, LOG_FILTER_KINDS, type LogFilterKind } from "./logSelectors";

const ALL: ReadonlySet<LogFilterKind> = new Set(LOG_FILTER_KINDS);
import "./log.css";

/** The incident's log (loggbok): add entries, correct them, filter, export. */
export function LogSection({ incidentId }: { incidentId: string }) {
  const t = useT();
  const status = useStore((s) => s.logs[incidentId]?.status ?? "idle");
  const hasMore = useStore((s) => s.logs[incidentId]?.hasMore ?? false);
  const canWrite = useStore((s) => s.user !== null && s.user.role !== "viewer");
  // The team's own decisions and notes first; the system's events are one click away.
  const [kinds, setKinds] = useState<ReadonlySet<LogFilterKind>>(
    () => new Set(LOG_FILTER_KINDS.filter((k) => k !== "system")),
  );
  const systemCount = useStore(
    (s) => (s.logs[incidentId]?.items ?? []).filter((i) => kindOf(i) === "system" && isShown(i, ALL)).length,
  );
  const showSystem = kinds.has("system");
  const toggleSystem = () => {
    const next = new Set(kinds);
    if (showSystem) next.delete("system");
    else next.add("system");
    setKinds(next);
  };
  const [correcting, setCorrecting] = useState<LogEntryItem | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);

  useEffect(() => {
    // A loaded log (at sign-in, or on an earlier visit) is kept current by events and the socket's catch-up, and one
    // under way lands by itself: asking again would only render it twice.
    const current = useStore.getState().logs[incidentId]?.status;
    if (current === "loaded" || current === "loading") return;
    void loadLog(incidentId).catch(() => {});
  }, [incidentId]);

  const older = () => {
    setLoadingOlder(true);
    loadOlderLog(incidentId)
      .catch(() => {})
      .finally(() => setLoadingOlder(false));
  };

  return (
    <section className="card log-section" aria-labelledby="log-heading">
      <div className="section-head">
        <h2 id="log-heading">{t("log.title")}</h2>
      </div>
      {canWrite ? (
        <LogEntryForm
          key={correcting?.id ?? "new"}
          incidentId={incidentId}
          correcting={correcting}
          onDone={(saved) => {
            // The form is remade for a new entry and the button pressed goes with it: a saved correction hands focus
            // to the text field for the next entry, a cancelled one back to the entry's "Rätta".
            if (correcting) focusWhenLost([saved ? LOG_TEXT_ID : correctButtonId(correcting.id)]);
            setCorrecting(null);
          }}
        />
      ) : null}
      <div className="log-view-bar">
        <LogFilter kinds={kinds} onChange={setKinds} />
        <Button aria-pressed={showSystem} onClick={toggleSystem}>
          {t("log.showSystem", { count: systemCount })}
        </Button>
      </div>
      {showSystem ? null : <p className="field-hint log-system-hint">{t("log.systemHint")}</p>}
      {status === "error" ? (
        <div className="notice notice-error" role="alert">
          {t("log.loadError")}{" "}
          <Button onClick={() => void loadLog(incidentId).catch(() => {})}>{t("incidents.retry")}</Button>
        </div>
      ) : null}
      {status === "loading" ? <p className="loading">{t("app.loading")}</p> : null}
      <div className="log-scroll" tabIndex={0} role="region" aria-label={t("log.entries")}>
        <LogTimeline
          incidentId={incidentId}
          kinds={kinds}
          onCorrect={canWrite ? setCorrecting : undefined}
          emptyText={showSystem ? t("log.empty") : t("log.emptyManual")}
        />
      </div>
      {hasMore ? (
        <Button busy={loadingOlder} onClick={older}>
          {t("log.loadMore")}
        </Button>
      ) : null}
      <div className="log-export" role="group" aria-label={t("log.export")}>
        <span className="log-export-label" aria-hidden="true">
          {t("log.export")}:
        </span>
        <a href={logExportUrl(incidentId, "csv")} download>
          {t("log.exportCsv")}
        </a>
        <a href={logExportUrl(incidentId, "json")} download>
          {t("log.exportJson")}
        </a>
      </div>
    </section>
  );
}
