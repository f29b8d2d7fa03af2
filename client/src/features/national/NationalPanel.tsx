import { useEffect, useRef, useState } from "react";
import type { NationalItem, NationalPicture } from "../../../../shared/schemas/national";
import { Button } from "../../components/Button";
import { formatDateTime } from "../../i18n/format";
import { useLanguage } from "../../i18n/useT";
import { useStore } from "../../store";
import { citeNational, fetchNational } from "./api";
import { useNationalText } from "./texts";
import "./national.css";

/** How often the panel asks again: a VMA heard on the radio should be on the agent's screen within seconds. */
export const NATIONAL_POLL_MS = 10_000;
const CITERS = new Set(["admin", "lead", "communicator"]);

function Item({ item, incidentId, canCite }: { item: NationalItem; incidentId: string | null; canCite: boolean }) {
  const t = useNationalText();
  const lang = useLanguage();
  const [state, setState] = useState<{ busy: boolean; cited: boolean; error: string | null }>({
    busy: false,
    cited: false,
    error: null,
  });
  const vma = item.kind === "vma";
  const cite = async () => {
    if (!incidentId) return;
    setState({ busy: true, cited: false, error: null });
    try {
      await citeNational(item.id, incidentId);
      setState({ busy: false, cited: true, error: null });
    } catch (err) {
      setState({ busy: false, cited: false, error: err instanceof Error ? err.message : String(err) });
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
      </p>
      <h3 className="national-headline">{item.headline}</h3>
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
            <span className="national-cited" role="status">
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
 * marked, with when it was last fetched and whether the source answers. Asked again every few seconds; a new VMA
 * is announced to screen readers. With an incident, those who keep the facts register can cite an item into it.
 */
export function NationalPanel({ incidentId = null }: { incidentId?: string | null }) {
  const t = useNationalText();
  const lang = useLanguage();
  const canCite = useStore((s) => CITERS.has(s.user?.role ?? ""));
  const [picture, setPicture] = useState<NationalPicture | null>(null);
  const [failed, setFailed] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const seenVmas = useRef<Set<string> | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      try {
        const next = await fetchNational(controller.signal);
        const vmas = next.items.filter((i) => i.kind === "vma");
        const fresh = seenVmas.current === null ? [] : vmas.filter((v) => !seenVmas.current!.has(v.id));
        seenVmas.current = new Set(vmas.map((v) => v.id));
        if (fresh[0]) setAnnouncement(t("newVma", { headline: fresh[0].headline }));
        setPicture(next);
        setFailed(false);
      } catch {
        if (controller.signal.aborted) return;
        setFailed(true);
      }
      if (!controller.signal.aborted) timer = setTimeout(() => void load(), NATIONAL_POLL_MS);
    };
    void load();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [t]);

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
            <Item key={`${item.id}@${item.version}`} item={item} incidentId={incidentId} canCite={canCite} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
