import { useEffect } from "react";
import { Link } from "react-router";
import { useShallow } from "zustand/react/shallow";
import type { Bulletin, InboxFaqItem, InboxWhy, StaleReason } from "@shared/schemas/bulletin";
import { Around, SLOT } from "../../components/Around";
import { Badge, ExerciseBadge } from "../../components/Badge";
import { Button } from "../../components/Button";
import { formatDateTime, formatDurationWords } from "../../i18n/format";
import type { Translate } from "../../i18n";
import { useLanguage, useT } from "../../i18n/useT";
import { useStore, type StoreState } from "../../store";
import { loadInbox } from "../../store/bulletins/loaders";
import { useNow } from "../../store/session/ticker";
import { ScoreBadge, StaleBadge } from "../bulletins/BulletinBadges";
import { BulletinHeadline } from "../bulletins/BulletinHeadline";
import { selectInReview, selectWithStaleChannels, waitingSince } from "../bulletins/selectors";
import { useDocumentTitle } from "../layout/useDocumentTitle";
import "./inbox.css";

/** One stale reason in words: what changed (the fact's wording when the console knows it) and which version. */
function useReasonText(): (r: StaleReason) => string {
  const t = useT();
  const facts = useStore((s) => s.bulletinData.facts);
  return (r) => {
    const fact = r.factId ? facts[r.factId] : undefined;
    const reason = fact
      ? t("inbox.why.fact", { reason: t(`stale.${r.reason}`), statement: fact.statement })
      : t(`stale.${r.reason}`);
    return t(r.scope === "published" ? "inbox.why.stalePublished" : "inbox.why.stale", { reason });
  };
}

/** Why an item waits, as one line ("Inaktuellt: en uppgift har dragits tillbaka …"); review stages have a badge. */
function WhyLine({ why }: { why: InboxWhy[] }) {
  const t = useT();
  const text = useReasonText();
  const stale = why.flatMap((w) => (w.stale ? [text(w.stale)] : []));
  if (stale.length === 0) return null;
  return (
    <p className="inbox-why">
      <strong>{t("inbox.why")}:</strong> {stale.join(" · ")}
    </p>
  );
}

const bulletinWhy = (b: Bulletin): InboxWhy[] => b.stale.map((stale) => ({ kind: "stale", at: stale.at, stale }));

function StageBadge({ status, t }: { status: string; t: Translate }) {
  if (status !== "in_review" && status !== "approved") return null;
  return (
    <Badge tone={status === "approved" ? "success" : "info"} label={t("inbox.status")}>
      {t(`inbox.status.${status}`)}
    </Badge>
  );
}

const selectFaq = (s: StoreState): InboxFaqItem[] =>
  Object.values(s.bulletinData.inboxFaq).sort(
    (a, b) => a.waitingSince.localeCompare(b.waitingSince) || a.id.localeCompare(b.id),
  );

/**
 * /inbox: one place for what needs a decision (review and staleness): bulletins in review, approved or stale; FAQ answers in
 * review or needing review; stale channel versions. Each with why, oldest first; live.
 */
export function InboxPage() {
  const t = useT();
  const lang = useLanguage();
  const now = useNow();
  const items = useStore(useShallow(selectInReview));
  const withChannels = useStore(useShallow(selectWithStaleChannels));
  const faq = useStore(useShallow(selectFaq));
  const incidents = useStore((s) => s.incidents);
  const status = useStore((s) => s.bulletinData.inboxStatus);
  useDocumentTitle(t("inbox.title"));

  useEffect(() => {
    void loadInbox().catch(() => {});
  }, []);

  const waited = (at: string) => (
    <time dateTime={at} title={formatDateTime(at, lang)}>
      {now - Date.parse(at) < 60_000
        ? t("inbox.waitingJustNow")
        : t("inbox.waiting", { time: formatDurationWords(now - Date.parse(at), lang) })}
    </time>
  );
  const channels = withChannels.flatMap((b) =>
    b.channelVersions.filter((c) => c.stale.length > 0).map((cv) => ({ b, cv })),
  );

  return (
    <section className="page narrow-wide" aria-labelledby="inbox-heading">
      <h1 id="inbox-heading">{t("inbox.title")}</h1>
      <p className="muted">{t("inbox.introAll")}</p>
      {status === "error" ? (
        <div className="notice notice-error" role="alert">
          {t("inbox.loadError")}{" "}
          <Button onClick={() => void loadInbox().catch(() => {})}>{t("incidents.retry")}</Button>
        </div>
      ) : null}
      {status === "loading" && items.length === 0 ? <p className="loading">{t("app.loading")}</p> : null}

      <h2 id="inbox-bulletins">{t("inbox.section.bulletins")}</h2>
      {status === "loaded" && items.length === 0 ? <p className="empty">{t("inbox.empty")}</p> : null}
      <ol className="inbox-list" aria-labelledby="inbox-bulletins">
        {items.map((b) => {
          const incident = incidents[b.incidentId];
          return (
            <li key={b.id} className="inbox-item card">
              <p className="inbox-incident">
                {incident?.exercise ? <ExerciseBadge /> : null} {incident?.title ?? ""}
              </p>
              <p className="inbox-headline">
                {/* The name is "Granska ”…”", the headline tagged with its language (not an aria-label, which cannot be). */}
                <Link to={`/incidents/${b.incidentId}/bulletins/${b.id}`}>
                  <Around hidden text={t("inbox.open", { headline: SLOT })}>
                    <BulletinHeadline bulletin={b} />
                  </Around>
                </Link>
              </p>
              <div className="badges">
                <StageBadge status={b.status} t={t} />
                <ScoreBadge score={b.score} saved />
                <Badge tone="neutral" label={t("editor.language")}>
                  {t(`lang.${b.language}`)}
                </Badge>
                <Badge tone="neutral" label={t("editor.kind")}>
                  {t(`bulletins.kind.${b.kind}`)}
                </Badge>
                <StaleBadge stale={b.stale} />
              </div>
              <WhyLine why={bulletinWhy(b)} />
              <p className="inbox-meta">
                {waited(waitingSince(b))}
                {" · "}
                {/* The last to act on it: who sent it for review, or, once approved, who approved it. */}
                {t(b.status === "approved" ? "inbox.approvedBy" : "inbox.by", { name: b.updatedByName })}
              </p>
            </li>
          );
        })}
      </ol>

      <h2 id="inbox-faq">{t("inbox.section.faq")}</h2>
      {faq.length === 0 ? (
        <p className="empty">{t("inbox.faqEmpty")}</p>
      ) : (
        <ol className="inbox-list" aria-labelledby="inbox-faq">
          {faq.map((f) => {
            const incident = f.incidentId ? incidents[f.incidentId] : undefined;
            return (
              <li key={f.id} className="inbox-item card">
                <p className="inbox-incident">
                  {incident?.exercise ? <ExerciseBadge /> : null} {incident?.title ?? f.incidentTitle ?? ""}
                </p>
                <p className="inbox-headline">
                  <Link to="/faq" aria-label={t("inbox.openFaq", { question: f.question })}>
                    {f.question}
                  </Link>
                </p>
                <div className="badges">
                  <StageBadge status={f.status} t={t} />
                  <ScoreBadge score={{ ...f.score, errors: 0, warnings: 0 }} />
                  {f.why.some((w) => w.kind === "stale") ? <Badge tone="danger">{t("contact.stale")}</Badge> : null}
                </div>
                <WhyLine why={f.why} />
                <p className="inbox-meta">{waited(f.waitingSince)}</p>
              </li>
            );
          })}
        </ol>
      )}

      <h2 id="inbox-channels">{t("inbox.section.channels")}</h2>
      {channels.length === 0 ? (
        <p className="empty">{t("inbox.channelsEmpty")}</p>
      ) : (
        <ol className="inbox-list" aria-labelledby="inbox-channels">
          {channels.map(({ b, cv }) => {
            const incident = incidents[b.incidentId];
            const channel = t(`channels.name.${cv.channel}`);
            const why: InboxWhy[] = cv.stale.map((stale) => ({ kind: "stale", at: stale.at, stale }));
            return (
              <li key={cv.id} className="inbox-item card">
                <p className="inbox-incident">
                  {incident?.exercise ? <ExerciseBadge /> : null} {incident?.title ?? ""}
                </p>
                <p className="inbox-headline">
                  <Link to={`/incidents/${b.incidentId}/bulletins/${b.id}`}>
                    <span aria-hidden="true">{channel}: </span>
                    <Around hidden text={t("inbox.openChannel", { channel, headline: SLOT })}>
                      <BulletinHeadline bulletin={b} />
                    </Around>
                  </Link>
                </p>
                <div className="badges">
                  <ScoreBadge score={cv.score} saved />
                  <StaleBadge stale={cv.stale} />
                </div>
                <WhyLine why={why} />
                <p className="inbox-meta">
                  {waited(why.reduce((max, w) => (w.at > max ? w.at : max), cv.updatedAt))}
                  {" · "}
                  {t("inbox.by", { name: cv.updatedByName })}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
