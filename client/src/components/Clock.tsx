import { formatCountdown, formatDateTime, formatElapsed } from "../i18n/format";
import { useLanguage, useT } from "../i18n/useT";
import { useNow } from "../store/session/ticker";

/** Time since the incident started, ticking every second on the shared ticker. */
export function ElapsedClock({ since }: { since: string }) {
  const now = useNow();
  return (
    <span className="clock-value" role="timer">
      {formatElapsed(since, now)}
    </span>
  );
}

/**
 * Countdown to the promised next update. Overdue is said in words and marked with an icon as well
 * as turning red, so it does not depend on seeing colour.
 */
export function Countdown({ due }: { due: string | null }) {
  const t = useT();
  const lang = useLanguage();
  const now = useNow();
  if (!due) return <span className="countdown countdown-none">{t("incident.noNextUpdate")}</span>;
  const { overdue, text } = formatCountdown(due, now, lang);
  return (
    <span className={overdue ? "countdown countdown-overdue" : "countdown"} data-overdue={overdue}>
      <span className="countdown-text">
        {overdue ? <span aria-hidden="true">⚠ </span> : null}
        {text}
      </span>
      <span className="countdown-at">{t("incident.nextUpdateAt", { time: formatDateTime(due, lang) })}</span>
    </span>
  );
}
