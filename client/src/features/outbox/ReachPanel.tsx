import { useEffect, useState } from "react";
import type { ChannelReach, PublicationReach } from "@shared/schemas/outbox";
import { fetchReach } from "../../api/reach";
import { errorMessage } from "../../i18n/errors";
import { formatDateTime } from "../../i18n/format";
import type { MessageKey } from "../../i18n";
import { useLanguage, useT } from "../../i18n/useT";
import "./reach.css";

/** How often the panel asks again while something is still on its way (queued, retrying, subscribers uncounted). */
export const REACH_POLL_MS = 3_000;

const inFlight = (r: PublicationReach) =>
  r.emailPending || r.webhooks.queued + r.webhooks.retrying + r.email.queued + r.email.retrying > 0;

function Channel({ label, reach, counting }: { label: string; reach: ChannelReach; counting?: boolean }) {
  const t = useT();
  const lang = useLanguage();
  const n = (v: number) => v.toLocaleString(lang === "sv" ? "sv-SE" : "en-GB");
  const extra = [
    reach.retrying > 0 ? t("reach.retrying", { n: n(reach.retrying) }) : "",
    reach.queued > 0 ? t("reach.queued", { n: n(reach.queued) }) : "",
    reach.failed > 0 ? t("reach.failed", { n: n(reach.failed) }) : "",
    counting ? t("reach.counting") : "",
  ].filter(Boolean);
  return (
    <li>
      <span className="reach-channel">{label}:</span>{" "}
      {t("reach.counts", { delivered: n(reach.delivered), total: n(reach.total) })}
      {extra.length > 0 ? `, ${extra.join(", ")}` : ""}
      {reach.failed > 0 ? (
        <span className="reach-failed" aria-hidden="true">
          {" "}
          ⚠
        </span>
      ) : null}
    </li>
  );
}

/**
 * Reach per publish (and retraction, closing): how many webhooks and e-mail subscribers it went to, delivered,
 * retrying and failed, for one bulletin (GET /api/bulletins/:id/reach) or, beside the loggbok, for the whole
 * incident (GET /api/incidents/:id/reach). Loaded when `changedAt` moves (a publish, a withdrawal) and asked again
 * every few seconds while anything is still on its way, so the counts move live as the outbox sends.
 */
export function ReachPanel({
  bulletinId,
  incidentId,
  changedAt,
}: {
  bulletinId?: string;
  incidentId?: string;
  changedAt: string | null;
}) {
  const headingId = `reach-${bulletinId ?? incidentId ?? ""}`;
  const t = useT();
  const lang = useLanguage();
  const [reach, setReach] = useState<PublicationReach[] | null>(null);
  // The failure itself, said in the UI language where shown (not the server's English).
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      try {
        const of = bulletinId ? { bulletinId } : { incidentId: incidentId ?? "" };
        const list = await fetchReach(of, controller.signal);
        setReach(list.reach);
        setError(null);
        // Right after a publish the outbox may not have counted the subscribers yet: keep asking until it settles.
        if (list.reach.length === 0 || list.reach.some(inFlight)) timer = setTimeout(() => void load(), REACH_POLL_MS);
      } catch (err) {
        if (controller.signal.aborted) return;
        setError(err);
        timer = setTimeout(() => void load(), REACH_POLL_MS * 3);
      }
    };
    void load();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [bulletinId, incidentId, changedAt]);

  return (
    <section className="card reach-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("reach.title")}</h2>
      {error !== null ? (
        <p className="notice notice-warning" role="alert">
          {t("reach.error", { message: errorMessage(error, t) })}
        </p>
      ) : null}
      {reach && reach.length === 0 ? <p>{t("reach.none")}</p> : null}
      <ol className="reach-list" aria-live="polite">
        {(reach ?? []).map((r) => (
          <li key={r.publicationId}>
            <time dateTime={r.at}>{formatDateTime(r.at, lang)}</time> · {t(`reach.type.${r.type}` as MessageKey)}
            <ul>
              <Channel label={t("reach.webhooks")} reach={r.webhooks} />
              {r.type === "bulletin.published" ? (
                <Channel label={t("reach.email")} reach={r.email} counting={r.emailPending} />
              ) : null}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
