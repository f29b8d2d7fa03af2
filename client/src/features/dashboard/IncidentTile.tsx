import { Link } from "react-router";
import { useShallow } from "zustand/react/shallow";
import { ExerciseBadge, SeverityBadge, StatusBadge } from "../../components/Badge";
import { translate } from "../../i18n";
import { formatCountdown, formatElapsed, formatTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { BulletinHeadline } from "../bulletins/BulletinHeadline";
import type { IncidentSituation } from "./selectors";
import { WORK_TEXT_LANG } from "@shared/constants";

const NOBODY: never[] = [];
const LISTED_BULLETINS = 3; // headlines per waiting list; the rest are counted

function Figure({ label, value, alert = false }: { label: string; value: string | number; alert?: boolean }) {
  return (
    <div className={alert ? "dash-figure dash-figure-alert" : "dash-figure"}>
      <dt>{label}</dt>
      <dd>
        {alert ? <span aria-hidden="true">⚠ </span> : null}
        {value}
      </dd>
    </div>
  );
}

/** One active incident on the lead's dashboard: its clocks, what waits for a decision, and who is on it. */
export function IncidentTile({
  situation,
  now,
  volume,
}: {
  situation: IncidentSituation;
  now: number;
  volume: number | null | undefined;
}) {
  const t = useT();
  const lang = useLanguage();
  const { incident, promiseOverdue, inReview, approved, openClaims, overdueClaims } = situation;
  const present = useStore(useShallow((s) => s.presence[incident.id] ?? NOBODY));
  const people = [...new Map(present.map((p) => [p.userId, p])).values()];
  const countdown = incident.nextUpdateDue ? formatCountdown(incident.nextUpdateDue, now, lang) : null;
  const headingId = `dash-${incident.id}`;
  const waiting = [...inReview, ...approved];

  return (
    <article
      className={promiseOverdue ? "card dash-tile dash-tile-overdue" : "card dash-tile"}
      aria-labelledby={headingId}
      data-incident-id={incident.id}
    >
      <div className="dash-tile-head">
        <h2 id={headingId} className="dash-tile-title">
          <Link to={`/incidents/${incident.id}`} lang={WORK_TEXT_LANG}>
            {incident.title}
          </Link>
        </h2>
        <div className="badges">
          {incident.exercise ? <ExerciseBadge /> : null}
          <StatusBadge status={incident.status} />
          <SeverityBadge severity={incident.severity} />
        </div>
      </div>
      <div className="dash-clocks">
        <p className="dash-clock">
          <span className="dash-clock-label">{t("incident.elapsed")}</span>
          <span className="dash-clock-value" role="timer">
            {formatElapsed(incident.startedAt, now)}
          </span>
        </p>
        <p className={promiseOverdue ? "dash-clock dash-clock-overdue" : "dash-clock"}>
          <span className="dash-clock-label">{t("incident.nextUpdate")}</span>
          {countdown && incident.nextUpdateDue ? (
            <span className="dash-clock-value" data-testid="dash-countdown" data-overdue={countdown.overdue}>
              {countdown.overdue ? <span aria-hidden="true">⚠ </span> : null}
              {countdown.text}
              <span className="dash-clock-at">
                {" "}
                {t("dashboard.at", { time: formatTime(incident.nextUpdateDue, lang) })}
              </span>
            </span>
          ) : (
            <span className="dash-clock-value dash-clock-none">{t("incident.noNextUpdate")}</span>
          )}
        </p>
      </div>
      <dl className="dash-figures">
        <Figure label={t("dashboard.inReview")} value={inReview.length} alert={inReview.length > 0} />
        <Figure label={t("dashboard.approved")} value={approved.length} alert={approved.length > 0} />
        <Figure label={t("dashboard.openClaims")} value={openClaims} />
        <Figure label={t("dashboard.overdueClaims")} value={overdueClaims} alert={overdueClaims > 0} />
        <Figure
          label={t("dashboard.contactHour")}
          value={volume === undefined ? "…" : volume === null ? t("dashboard.unknown") : volume}
        />
      </dl>
      {waiting.length > 0 ? (
        <ul className="dash-waiting" aria-label={t("dashboard.waitingList")}>
          {waiting.slice(0, LISTED_BULLETINS).map((b) => (
            <li key={b.id}>
              <Link to={`/incidents/${incident.id}/bulletins/${b.id}`}>
                <BulletinHeadline bulletin={b} />
              </Link>{" "}
              <span className="muted">
                {b.status === "in_review" ? t("dashboard.waiting.review") : t("dashboard.waiting.publish")}
              </span>
            </li>
          ))}
          {waiting.length > LISTED_BULLETINS ? (
            <li className="muted">{t("dashboard.more", { count: waiting.length - LISTED_BULLETINS })}</li>
          ) : null}
        </ul>
      ) : null}
      <p className="dash-people">
        <span className="dash-clock-label">{t("dashboard.onIncident")}</span>{" "}
        {people.length === 0
          ? t("dashboard.nobody")
          : people
              .map((p) => {
                const role = t(`role.${p.role}`);
                // Demo and many real display names already say the role ("Anna Lind (krisledare)"), in Swedish.
                const named = [role, translate("sv", `role.${p.role}`)].some((r) =>
                  p.displayName.toLocaleLowerCase().includes(r.toLocaleLowerCase()),
                );
                return named ? p.displayName : `${p.displayName} (${role})`;
              })
              .join(", ")}
      </p>
      <p className="dash-links">
        {/* The incident's name after the visible word, for a screen reader's list of links. */}
        <Link to={`/incidents/${incident.id}`}>
          {t("dashboard.link.overview")}
          <span className="visually-hidden">
            : <span lang={WORK_TEXT_LANG}>{incident.title}</span>
          </span>
        </Link>
        <Link to={`/incidents/${incident.id}/claims`}>
          {t("dashboard.link.claims")}
          <span className="visually-hidden">
            : <span lang={WORK_TEXT_LANG}>{incident.title}</span>
          </span>
        </Link>
      </p>
    </article>
  );
}
