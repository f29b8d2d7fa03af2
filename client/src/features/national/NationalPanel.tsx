import { useEffect, useId, useRef, useState } from "react";
import type { NationalItem } from "@shared/schemas/national";
import { Button } from "../../components/Button";
import { focusWhenLost } from "../../components/focusWhenLost";
import { formatDateTime } from "../../i18n/format";
import { errorMessage } from "../../i18n/errors";
import { useLanguage, useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { loadNational } from "../../store/national/loaders";
import { citeNational } from "./api";
import { useNationalText } from "./texts";
import "./national.css";

export const CITERS = new Set(["admin", "lead", "communicator"]);

/** Who said it, as the facts register cites it (server/domain/national: `VMA (<SourceID>)`, `Krisinformation.se`). */
export function nationalSource(item: NationalItem): string {
  const who = item.kind === "vma" ? "VMA" : "Krisinformation.se";
  return item.sourceId ? `${who} (${item.sourceId})` : who;
}

/** One item: badge, time, headline, text, areas, the link to the source and, for writers, "cite". */
export function NationalItemCard({
  item,
  incidentId,
  canCite,
  showSource = false,
  headingLevel = 3,
}: {
  item: NationalItem;
  incidentId: string | null;
  canCite: boolean;
  /** Say where it comes from in words (the agent's search lists it beside the municipality's own FAQ). */
  showSource?: boolean;
  headingLevel?: 3 | 4;
}) {
  const t = useNationalText();
  const commonT = useT();
  const lang = useLanguage();
  const [state, setState] = useState<{ busy: boolean; cited: boolean; error: string | null }>({
    busy: false,
    cited: false,
    error: null,
  });
  const vma = item.kind === "vma";
  const citedId = useId();
  const cite = async () => {
    // The button gives way to "✓ Citerad": focus goes there rather than to the page's body.
    focusWhenLost([citedId]);
    if (!incidentId) return;
    setState({ busy: true, cited: false, error: null });
    try {
      await citeNational(item.id, incidentId);
      setState({ busy: false, cited: true, error: null });
    } catch (err) {
      setState({ busy: false, cited: false, error: errorMessage(err, commonT) });
    }
  };
  return (
    <li className={`national-item${vma ? " national-vma" : ""}`} data-kind={item.kind}>
      <p className="national-kind">
        {vma ? (
          <abbr className="national-badge national-badge-vma" title={t("vmaLong")}>
            {t("vma")}
          </abbr>
        ) : (
          <span className="national-badge">{t("news")}</span>
        )}{" "}
        <time dateTime={item.publishedAt}>{t("published", { time: formatDateTime(item.publishedAt, lang) })}</time>
        {/* A warning raised from orange to red kept only its first time: the change must show. */}
        {Date.parse(item.updatedAt) - Date.parse(item.publishedAt) > 60_000 ? (
          <>
            {" · "}
            <time dateTime={item.updatedAt} className="national-item-updated">
              {t("updated", { time: formatDateTime(item.updatedAt, lang) })}
            </time>
          </>
        ) : null}
      </p>
      {headingLevel === 4 ? (
        <h4 className="national-headline">{item.headline}</h4>
      ) : (
        <h3 className="national-headline">{item.headline}</h3>
      )}
      {showSource ? <p className="national-source">{t("source", { source: nationalSource(item) })}</p> : null}
      {item.preamble ? <p className="national-preamble">{item.preamble}</p> : null}
      {vma && item.bodyText ? <p className="national-body">{item.bodyText}</p> : null}
      {item.areas.length > 0 ? (
        <p className="national-areas">
          <span className="visually-hidden">{t("area")}: </span>
          {item.areas.map((a) => a.description).join(", ")}
        </p>
      ) : null}
      <div className="national-actions">
        {item.web ? (
          <a href={item.web} target="_blank" rel="noopener noreferrer">
            {t("read")}
            <span className="visually-hidden"> ({t("newWindow")})</span>
            <span aria-hidden="true"> ↗</span>
          </a>
        ) : null}
        {canCite && incidentId ? (
          state.cited ? (
            <span id={citedId} className="national-cited" role="status" tabIndex={-1}>
              ✓ {t("cited")}
            </span>
          ) : (
            <Button onClick={() => void cite()} busy={state.busy}>
              {t("cite")}
            </Button>
          )
        ) : null}
      </div>
      {state.error ? (
        <p className="notice notice-error" role="alert">
          {t("citeError", { error: state.error })}
        </p>
      ) : null}
    </li>
  );
}

/**
 * "Nationell bild": Krisinformation news and VMAs for the municipality's county (GET /api/national), VMAs first and
 * marked, with when it was last updated and whether the source answers. Fetched once (and again after the connection
 * comes back), then live: the server pushes a national.item event when its worker stores a new, changed or withdrawn
 * item (store/national). A new VMA is announced to screen readers. With an incident, those who keep the facts
 * register can cite an item into it.
 */
export function NationalPanel({ incidentId = null }: { incidentId?: string | null }) {
  const t = useNationalText();
  const lang = useLanguage();
  const canCite = useStore((s) => CITERS.has(s.user?.role ?? ""));
  const picture = useStore((s) => s.national.picture);
  const failed = useStore((s) => s.national.status === "error");
  const online = useStore((s) => s.connection === "online");
  const [announcement, setAnnouncement] = useState("");
  const seenVmas = useRef<Set<string> | null>(null);

  // Fetch when shown without a picture, and whenever the connection comes back (events missed while offline are
  // national.item events too, but the picture is small: one GET is simpler than replaying them). A change of
  // `online` aborts the fetch in flight, so this run always starts its own: skipping it because the store still
  // said "loading" left the panel empty for good.
  useEffect(() => {
    const controller = new AbortController();
    if (useStore.getState().national.status !== "loaded" || online)
      void loadNational(controller.signal).catch(() => {});
    return () => controller.abort();
  }, [online]);

  useEffect(() => {
    if (!picture) return;
    const vmas = picture.items.filter((i) => i.kind === "vma");
    const fresh = seenVmas.current === null ? [] : vmas.filter((v) => !seenVmas.current!.has(v.id));
    seenVmas.current = new Set(vmas.map((v) => v.id));
    if (fresh[0]) setAnnouncement(t("newVma", { headline: fresh[0].headline }));
  }, [picture, t]);

  const status = picture?.status;
  return (
    <section className="card national-panel" aria-labelledby="national-heading" data-testid="national-panel">
      <h2 id="national-heading">{t("heading")}</h2>
      <p className="muted national-intro">{t("intro")}</p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {failed ? (
        <p className="notice notice-error" role="alert">
          {t("loadError")}
        </p>
      ) : null}
      {status && !status.enabled ? <p className="muted">{t("off")}</p> : null}
      {status?.enabled ? (
        <p className="national-updated muted">
          {status.lastSuccessAt
            ? t("updatedAt", { time: formatDateTime(status.lastSuccessAt, lang) })
            : t("neverUpdated")}
        </p>
      ) : null}
      {status?.enabled && status.lastError ? (
        <p className="notice notice-warning">{t("sourceDown", { error: status.lastError })}</p>
      ) : null}
      {status && status.skipped > 0 ? (
        <p className="muted national-skipped">{t("skipped", { n: status.skipped })}</p>
      ) : null}
      {picture && picture.items.length === 0 && status?.enabled ? <p className="empty">{t("empty")}</p> : null}
      {picture && picture.items.length > 0 ? (
        <ul className="national-list">
          {picture.items.map((item) => (
            <NationalItemCard
              key={`${item.id}@${item.version}`}
              item={item}
              incidentId={incidentId}
              canCite={canCite}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
