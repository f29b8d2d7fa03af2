import { Link } from "react-router";
import { useShallow } from "zustand/react/shallow";
import type { Incident } from "@shared/schemas/incident";
import { ExerciseBadge, SeverityBadge, StatusBadge } from "../../components/Badge";
import { formatCountdown, formatDateTime, formatRelative } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { useNow } from "../../store/session/ticker";
import { selectIncidents, type IncidentFilter } from "./selectors";
import { WORK_TEXT_LANG } from "@shared/constants";

function IncidentRow({ incident, now }: { incident: Incident; now: number }) {
  const t = useT();
  const lang = useLanguage();
  const countdown =
    incident.nextUpdateDue && incident.status !== "closed" ? formatCountdown(incident.nextUpdateDue, now, lang) : null;
  return (
    <li className={incident.exercise ? "incident-card incident-card-exercise" : "incident-card"}>
      <h2 className="incident-card-title">
        <Link to={`/incidents/${incident.id}`} lang={WORK_TEXT_LANG}>
          {incident.title}
        </Link>
      </h2>
      <div className="badges">
        {incident.exercise ? <ExerciseBadge /> : null}
        <StatusBadge status={incident.status} />
        <SeverityBadge severity={incident.severity} />
      </div>
      <p className="incident-card-meta">
        <time dateTime={incident.startedAt} title={formatDateTime(incident.startedAt, lang)}>
          {t("incident.startedRelative", { relative: formatRelative(incident.startedAt, now, lang) })}
        </time>
        {countdown ? (
          <span className={countdown.overdue ? "countdown-inline countdown-overdue" : "countdown-inline"}>
            {t("incident.nextUpdate")}: {countdown.overdue ? <span aria-hidden="true">⚠ </span> : null}
            {countdown.text}
          </span>
        ) : null}
      </p>
    </li>
  );
}

export function IncidentList({ filter }: { filter: IncidentFilter }) {
  const t = useT();
  const incidents = useStore(useShallow(selectIncidents(filter)));
  const now = useNow();
  if (incidents.length === 0) return <p className="empty">{t("incidents.empty")}</p>;
  return (
    <ul
      className="incident-list"
      aria-label={incidents.length === 1 ? t("incidents.countOne") : t("incidents.count", { count: incidents.length })}
    >
      {incidents.map((incident) => (
        <IncidentRow key={incident.id} incident={incident} now={now} />
      ))}
    </ul>
  );
}
