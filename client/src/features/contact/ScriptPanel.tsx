import { useEffect, useState } from "react";
import type { Incident } from "../../../../shared/schemas/incident";
import { fetchPublishedBulletins, scriptText, type ScriptBulletin } from "../../api/script";
import { formatTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { useStore } from "../../store";

const PER_INCIDENT = 2; // bulletins shown per incident: the latest, and the one before for context

type Loaded = Record<string, ScriptBulletin[] | null>;

/**
 * The agent's script: the latest published bulletins of the active incidents (refreshed when a bulletin's status
 * changes), or the incident's own description where no bulletin is published yet.
 */
export function ScriptPanel({ incidents }: { incidents: Incident[] }) {
  const t = useT();
  const lang = useLanguage();
  const tick = useStore((s) => s.contact.bulletinTick);
  const [loaded, setLoaded] = useState<Loaded>({});
  const ids = incidents.map((i) => i.id).join(",");

  useEffect(() => {
    let cancelled = false;
    const list = ids ? ids.split(",") : [];
    void Promise.all(list.map(async (id) => [id, await fetchPublishedBulletins(id).catch(() => null)] as const)).then((pairs) => {
      if (!cancelled) setLoaded(Object.fromEntries(pairs));
    });
    return () => {
      cancelled = true;
    };
  }, [ids, tick]);

  return (
    <section className="script-panel" aria-labelledby="script-heading">
      <h2 id="script-heading">{t("contact.script.heading")}</h2>
      {incidents.length === 0 ? <p className="muted">{t("contact.script.none")}</p> : null}
      {incidents.map((incident) => {
        const bulletins = (loaded[incident.id] ?? []).slice(0, PER_INCIDENT);
        return (
          <article key={incident.id} className="script-incident" aria-labelledby={`script-${incident.id}`} tabIndex={0 /* it scrolls */}>
            <h3 id={`script-${incident.id}`}>{incident.title}</h3>
            {bulletins.length > 0 ? (
              bulletins.map((b) => (
                <div key={b.id} className="script-bulletin">
                  <p className="script-meta muted">{b.publishedAt ? t("contact.script.published", { time: formatTime(b.publishedAt, lang) }) : null}</p>
                  <p className="script-headline">{b.headline}</p>
                  <p className="prewrap">{scriptText(b)}</p>
                </div>
              ))
            ) : (
              <>
                <p className="script-meta muted">{t("contact.script.fromDescription")}</p>
                <p className="prewrap">{incident.description || t("incident.noDescription")}</p>
              </>
            )}
          </article>
        );
      })}
    </section>
  );
}
