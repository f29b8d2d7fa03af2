import type { Incident } from "@shared/schemas/incident";
import { ExerciseBadge, SeverityBadge, StatusBadge } from "../../components/Badge";
import { formatDateTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { WORK_TEXT_LANG } from "@shared/constants";

export function IncidentHeader({ incident }: { incident: Incident }) {
  const t = useT();
  const lang = useLanguage();
  return (
    <header className="incident-header">
      <h1 id="incident-title" lang={WORK_TEXT_LANG}>
        {incident.title}
      </h1>
      <div className="badges">
        {incident.exercise ? <ExerciseBadge /> : null}
        <StatusBadge status={incident.status} />
        <SeverityBadge severity={incident.severity} />
        <span className="incident-started">
          {t("incident.startedAt")}{" "}
          <time dateTime={incident.startedAt}>{formatDateTime(incident.startedAt, lang)}</time>
        </span>
      </div>
    </header>
  );
}
