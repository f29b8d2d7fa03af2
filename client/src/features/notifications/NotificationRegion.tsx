import { Link } from "react-router";
import { useShallow } from "zustand/react/shallow";
import { Button } from "../../components/Button";
import { formatTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { useStore } from "../../store";
import type { ConsoleNotification } from "../../store/bulletins/state";
import "./notifications.css";

export const NOTIFICATIONS_SHOWN = 4; // toasts at once; the rest are counted

function linkOf(
  n: ConsoleNotification,
  bulletinIncident: string | undefined,
): {
  to: string;
  key:
    "notifications.openBulletin" | "notifications.openIncident" | "notifications.openClaims" | "notifications.openFaq";
} | null {
  const incidentId = bulletinIncident ?? n.incidentId;
  if (n.data.bulletinId && incidentId)
    return { to: `/incidents/${incidentId}/bulletins/${n.data.bulletinId}`, key: "notifications.openBulletin" };
  // A flagged FAQ answer or claim (review and staleness): where the author reviews it.
  if (n.data.faqId) return { to: "/faq", key: "notifications.openFaq" };
  if (n.data.claimId && incidentId) return { to: `/incidents/${incidentId}/claims`, key: "notifications.openClaims" };
  if (incidentId)
    return {
      to: n.data.factId ? `/incidents/${incidentId}#facts` : `/incidents/${incidentId}`,
      key: "notifications.openIncident",
    };
  return null;
}

function Toast({ n }: { n: ConsoleNotification }) {
  const t = useT();
  const lang = useLanguage();
  const bulletinIncident = useStore((s) =>
    n.data.bulletinId ? s.bulletinData.bulletins[n.data.bulletinId]?.incidentId : undefined,
  );
  const link = linkOf(n, bulletinIncident);
  return (
    <li className={`toast toast-${n.data.kind}`}>
      <p className="toast-text">
        <time dateTime={n.at}>{formatTime(n.at, lang)}</time> {n.data.message[lang]}
      </p>
      <div className="toast-actions">
        {link ? <Link to={link.to}>{t(link.key)}</Link> : null}
        <Button variant="quiet" onClick={() => useStore.getState().dismissNotification(n.seq)}>
          {t("notifications.dismiss")}
        </Button>
      </div>
    </li>
  );
}

/**
 * Stale messages, returned bulletins and overdue updates addressed to this user, as toasts that stay until
 * dismissed (no time limit to read them). The list is a polite live region, so new ones are read out.
 */
export function NotificationRegion() {
  const t = useT();
  const open = useStore(useShallow((s) => s.bulletinData.notifications.filter((n) => !n.dismissed)));
  const shown = open.slice(0, NOTIFICATIONS_SHOWN);
  return (
    <section className={open.length > 0 ? "toasts" : "toasts toasts-empty"} aria-label={t("notifications.title")}>
      <ul aria-live="polite" aria-relevant="additions">
        {shown.map((n) => (
          <Toast key={n.seq} n={n} />
        ))}
      </ul>
      {open.length > 1 ? (
        <div className="toast-footer">
          {open.length > shown.length ? (
            <span>{t("notifications.more", { count: open.length - shown.length })}</span>
          ) : null}
          <Button variant="quiet" onClick={() => useStore.getState().dismissAllNotifications()}>
            {t("notifications.dismissAll")}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
