import type { Incident } from "@shared/schemas/incident";
import { formatDateTime, formatRelative } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { useNow } from "../../store/session/ticker";

/** The incident's last publish, under the countdown; moved on live by `incident.updated` after a publish. */
export function LastPublished({ incident }: { incident: Incident }) {
  const t = useT();
  const lang = useLanguage();
  const now = useNow();
  return (
    <span className="clock-last">
      {t("bulletins.lastPublished")}:{" "}
      {incident.lastPublishedAt ? (
        <time dateTime={incident.lastPublishedAt} title={formatDateTime(incident.lastPublishedAt, lang)}>
          {formatRelative(incident.lastPublishedAt, now, lang)}
        </time>
      ) : (
        t("bulletins.neverPublished").toLocaleLowerCase(lang)
      )}
    </span>
  );
}
