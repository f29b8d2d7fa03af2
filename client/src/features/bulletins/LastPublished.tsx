import type { Incident } from "../../../../shared/schemas/incident";
import { formatDateTime, formatRelative } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { useNow } from "../../store/ticker";

/** The incident's last publish, beside the countdown; updated live by `incident.updated` after a publish. */
export function LastPublished({ incident }: { incident: Incident }) {
  const t = useT();
  const lang = useLanguage();
  const now = useNow();
  return (
    <div className="clock-tile">
      <h2 className="clock-label">{t("bulletins.lastPublished")}</h2>
      {incident.lastPublishedAt ? (
        <span className="last-published">
          <span className="countdown-text">{formatRelative(incident.lastPublishedAt, now, lang)}</span>
          <span className="countdown-at">
            <time dateTime={incident.lastPublishedAt}>{formatDateTime(incident.lastPublishedAt, lang)}</time>
          </span>
        </span>
      ) : (
        <span className="countdown countdown-none">{t("bulletins.neverPublished")}</span>
      )}
    </div>
  );
}
