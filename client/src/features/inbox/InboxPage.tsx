import { useEffect } from "react";
import { Link } from "react-router";
import { useShallow } from "zustand/react/shallow";
import { Badge, ExerciseBadge } from "../../components/Badge";
import { Button } from "../../components/Button";
import { formatDateTime, formatRelative } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { loadInbox } from "../../store/bulletins/loaders";
import { useNow } from "../../store/session/ticker";
import { ScoreBadge, StaleBadge } from "../bulletins/BulletinBadges";
import { selectInReview } from "../bulletins/selectors";
import { useDocumentTitle } from "../layout/useDocumentTitle";
import "./inbox.css";

/** /inbox: everything waiting for a lead's approval, oldest first, with its score; live. */
export function InboxPage() {
  const t = useT();
  const lang = useLanguage();
  const now = useNow();
  const items = useStore(useShallow(selectInReview));
  const incidents = useStore((s) => s.incidents);
  const status = useStore((s) => s.bulletinData.inboxStatus);
  useDocumentTitle(t("inbox.title"));

  useEffect(() => {
    void loadInbox().catch(() => {});
  }, []);

  return (
    <section className="page narrow-wide" aria-labelledby="inbox-heading">
      <h1 id="inbox-heading">{t("inbox.title")}</h1>
      <p className="muted">{t("inbox.intro")}</p>
      {status === "error" ? (
        <div className="notice notice-error" role="alert">
          {t("inbox.loadError")}{" "}
          <Button onClick={() => void loadInbox().catch(() => {})}>{t("incidents.retry")}</Button>
        </div>
      ) : null}
      {status === "loading" && items.length === 0 ? <p className="loading">{t("app.loading")}</p> : null}
      {status === "loaded" && items.length === 0 ? <p className="empty">{t("inbox.empty")}</p> : null}
      <ol className="inbox-list">
        {items.map((b) => {
          const incident = incidents[b.incidentId];
          const headline = b.headline || t("bulletins.untitled");
          return (
            <li key={b.id} className="inbox-item card">
              <p className="inbox-incident">
                {incident?.exercise ? <ExerciseBadge /> : null} {incident?.title ?? ""}
              </p>
              <p className="inbox-headline">
                <Link to={`/incidents/${b.incidentId}/bulletins/${b.id}`} aria-label={t("inbox.open", { headline })}>
                  {headline}
                </Link>
              </p>
              <div className="badges">
                <Badge tone={b.status === "approved" ? "success" : "info"} label={t("inbox.status")}>
                  {t(`inbox.status.${b.status === "approved" ? "approved" : "in_review"}`)}
                </Badge>
                <ScoreBadge score={b.score} />
                <Badge tone="neutral" label={t("editor.language")}>
                  {t(`lang.${b.language}`)}
                </Badge>
                <Badge tone="neutral" label={t("editor.kind")}>
                  {t(`bulletins.kind.${b.kind}`)}
                </Badge>
                <StaleBadge stale={b.stale} />
              </div>
              <p className="inbox-meta">
                <time dateTime={b.statusChangedAt} title={formatDateTime(b.statusChangedAt, lang)}>
                  {t("inbox.waiting", { time: formatRelative(b.statusChangedAt, now, lang) })}
                </time>
                {" · "}
                {t("inbox.by", { name: b.updatedByName })}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
