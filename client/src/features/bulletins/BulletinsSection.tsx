import { useEffect, useMemo } from "react";
import { Link } from "react-router";
import { useShallow } from "zustand/react/shallow";
import { Badge } from "../../components/Badge";
import { Button } from "../../components/Button";
import { formatDateTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { loadBulletins } from "../../store/bulletins/loaders";
import { NewFromTemplateLink } from "../templates/NewFromTemplateLink";
import { BulletinStatusBadge, ScoreBadge, StaleBadge } from "./BulletinBadges";
import { BulletinHeadline } from "./BulletinHeadline";
import { mayWriteBulletins, selectIncidentBulletins } from "./selectors";
import "./bulletins.css";

/** The incident's bulletins with status, language, kind, score and stale mark; new bulletin; the public page. */
export function BulletinsSection({ incidentId }: { incidentId: string }) {
  const t = useT();
  const lang = useLanguage();
  const selector = useMemo(() => selectIncidentBulletins(incidentId), [incidentId]);
  const bulletins = useStore(useShallow(selector));
  const status = useStore((s) => s.bulletinData.bulletinLists[incidentId] ?? "idle");
  const canWrite = useStore((s) => mayWriteBulletins(s.user?.role));

  useEffect(() => {
    void loadBulletins(incidentId).catch(() => {});
  }, [incidentId]);

  return (
    <section className="card bulletins-section" aria-labelledby="bulletins-heading">
      <div className="section-head">
        <h2 id="bulletins-heading">{t("bulletins.title")}</h2>
        <div className="section-tools">
          <a href={`/public/incidents/${incidentId}`} target="_blank" rel="noopener">
            {t("bulletins.publicPage")}
            <span className="visually-hidden"> ({t("bulletins.publicPageHint")})</span>
            <span aria-hidden="true"> ↗</span>
          </a>
          {canWrite ? (
            <Link className="btn btn-primary" to={`/incidents/${incidentId}/bulletins/new`}>
              {t("bulletins.new")}
            </Link>
          ) : null}
          {canWrite ? <NewFromTemplateLink incidentId={incidentId} /> : null}
        </div>
      </div>
      {status === "error" ? (
        <div className="notice notice-error" role="alert">
          {t("bulletins.loadError")}{" "}
          <Button onClick={() => void loadBulletins(incidentId).catch(() => {})}>{t("incidents.retry")}</Button>
        </div>
      ) : null}
      {status === "loading" && bulletins.length === 0 ? <p className="loading">{t("app.loading")}</p> : null}
      {status === "loaded" && bulletins.length === 0 ? <p className="empty">{t("bulletins.empty")}</p> : null}
      <ul className="bulletin-list">
        {bulletins.map((b) => (
          <li key={b.id} className={`bulletin-item bulletin-${b.status}`}>
            <p className="bulletin-headline">
              <Link to={`/incidents/${incidentId}/bulletins/${b.id}`}>
                <BulletinHeadline bulletin={b} />
              </Link>
            </p>
            <div className="badges">
              <BulletinStatusBadge status={b.status} />
              <Badge tone="neutral" label={t("editor.language")}>
                {t(`lang.${b.language}`)}
                {b.translationOf ? ` · ${t("bulletins.translationOf")}` : ""}
              </Badge>
              <Badge tone={b.kind === "correction" ? "info" : "neutral"} label={t("editor.kind")}>
                {t(`bulletins.kind.${b.kind}`)}
              </Badge>
              <ScoreBadge score={b.score} saved />
              <StaleBadge stale={b.stale} />
            </div>
            <p className="bulletin-meta">
              {t("bulletins.version", { version: b.version })}
              {b.publishedVersion && b.status !== "published"
                ? ` · ${t("bulletins.livePublished", { version: b.publishedVersion })}`
                : ""}
              {" · "}
              {t("bulletins.updatedBy", { name: b.updatedByName, time: formatDateTime(b.updatedAt, lang) })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
