import { useEffect, useMemo, useRef, useState } from "react";
import { textLang } from "@shared/constants";
import type { Incident } from "@shared/schemas/incident";
import type { Bulletin as ScriptBulletin } from "@shared/schemas/bulletin";
import { fetchPublishedBulletins, scriptText } from "../../api/script";
import { Badge, ExerciseBadge } from "../../components/Badge";
import { Button } from "../../components/Button";
import { formatTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { useStore } from "../../store";
import type { ScriptChange } from "../../store/contact/state";
import { DiffText } from "./ChangeDiff";
import { scriptVersions } from "./scriptVersions";

const PER_INCIDENT = 2; // messages shown per incident: the latest, and the one before for context

type Loaded = Record<string, ScriptBulletin[] | null>;
/** What the agent saw of a bulletin before it was published again: the "Ändrad" diff is against it. */
type Before = Record<string, { headline: string; text: string }>;

/**
 * The agent's script: the latest published bulletins of the active incidents (refreshed when a bulletin's status
 * changes), or the incident's own description where no bulletin is published yet.
 */
export function ScriptPanel({ incidents }: { incidents: Incident[] }) {
  const t = useT();
  const lang = useLanguage();
  const tick = useStore((s) => s.contact.bulletinTick);
  const changes = useStore((s) => s.contact.scriptChanges);
  const markSeen = useStore((s) => s.markScriptSeen);
  const [loaded, setLoaded] = useState<Loaded>({});
  const [before, setBefore] = useState<Before>({});
  const changesRef = useRef(changes);
  const loadedRef = useRef(loaded);
  useEffect(() => {
    changesRef.current = changes;
    loadedRef.current = loaded;
  });
  const ids = incidents.map((i) => i.id).join(",");
  // One version of each message, in her language where published, else the original: not its translations.
  const shown = useMemo(
    () =>
      Object.fromEntries(
        (ids ? ids.split(",") : []).map((id) => [id, scriptVersions(loaded[id] ?? [], lang).slice(0, PER_INCIDENT)]),
      ),
    [ids, loaded, lang],
  );
  useScriptAnnouncements(changes, shown);

  useEffect(() => {
    let cancelled = false;
    const list = ids ? ids.split(",") : [];
    void Promise.all(list.map(async (id) => [id, await fetchPublishedBulletins(id).catch(() => null)] as const)).then(
      (pairs) => {
        if (cancelled) return;
        // A bulletin published again while she works: keep the text she last saw, for the word diff (as the FAQ does).
        const shown = new Map(
          Object.values(loadedRef.current)
            .flatMap((list) => list ?? [])
            .map((b) => [b.id, b]),
        );
        const kept: Before = {};
        for (const b of pairs.flatMap(([, list]) => list ?? [])) {
          const old = shown.get(b.id);
          if (
            changesRef.current[b.id]?.kind === "changed" &&
            old &&
            (old.headline !== b.headline || scriptText(old) !== scriptText(b))
          ) {
            kept[b.id] = { headline: old.headline, text: scriptText(old) };
          }
        }
        // Several publishes before she looks: the diff stays against what she saw first.
        if (Object.keys(kept).length > 0) setBefore((b) => ({ ...kept, ...b }));
        setLoaded(Object.fromEntries(pairs));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [ids, tick]);

  return (
    <section className="script-panel" aria-labelledby="script-heading">
      <h2 id="script-heading">{t("contact.script.heading")}</h2>
      {incidents.length === 0 ? <p className="muted">{t("contact.script.none")}</p> : null}
      {incidents.map((incident) => {
        const bulletins = shown[incident.id] ?? [];
        return (
          <article
            key={incident.id}
            className="script-incident"
            aria-labelledby={`script-${incident.id}`}
            tabIndex={0 /* it scrolls */}
          >
            <h3 id={`script-${incident.id}`}>
              {incident.exercise ? (
                <>
                  <ExerciseBadge />{" "}
                </>
              ) : null}
              {incident.title}
            </h3>
            {bulletins.length > 0 ? (
              bulletins.map((b) => {
                const change = changes[b.id];
                const was = change?.kind === "changed" ? before[b.id] : undefined;
                return (
                  <div
                    key={b.id}
                    className={change ? "script-bulletin has-change" : "script-bulletin"}
                    data-testid="script-bulletin"
                  >
                    <p className="script-meta muted">
                      {change ? (
                        <Badge tone="warning">
                          {change.kind === "new" ? t("contact.script.new") : t("contact.script.changed")}
                        </Badge>
                      ) : null}{" "}
                      {b.publishedAt ? t("contact.script.published", { time: formatTime(b.publishedAt, lang) }) : null}
                    </p>
                    <p className="script-headline" lang={textLang(b.language)}>
                      {was && was.headline !== b.headline ? (
                        <DiffText before={was.headline} after={b.headline} />
                      ) : (
                        b.headline
                      )}
                    </p>
                    <p className="prewrap" lang={textLang(b.language)}>
                      {was && was.text !== scriptText(b) ? (
                        <DiffText before={was.text} after={scriptText(b)} />
                      ) : (
                        scriptText(b)
                      )}
                    </p>
                    {change ? (
                      <Button
                        variant="secondary"
                        aria-label={t("contact.script.seenLabel", { headline: b.headline })}
                        onClick={() => {
                          markSeen(b.id);
                          setBefore(({ [b.id]: _seen, ...rest }) => rest);
                        }}
                      >
                        {t("contact.script.seen")}
                      </Button>
                    ) : null}
                  </div>
                );
              })
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

/**
 * Says it aloud (polite live region) when a version on screen is published or published again while the view is
 * open, as the FAQ's changes are. Only what she sees: a translation the panel does not show (another language, or
 * the original behind the version in her language) is no news to her; a version that takes its message's place is,
 * once the reloaded list shows it. Marks already there when the view opened are not news.
 */
function useScriptAnnouncements(
  changes: Record<string, ScriptChange>,
  shown: Record<string, readonly ScriptBulletin[]>,
): void {
  const told = useRef<Record<string, string> | null>(null);
  useEffect(() => {
    if (!told.current) {
      told.current = Object.fromEntries(Object.entries(changes).map(([id, c]) => [id, c.at]));
      return;
    }
    const already = told.current;
    const fresh = Object.values(shown)
      .flat()
      .flatMap((b) => {
        const change = changes[b.id];
        return change && already[b.id] !== change.at ? [[b.id, change] as const] : [];
      });
    if (fresh.length === 0) return;
    for (const [id, change] of fresh) already[id] = change.at;
    // Several at once (a reload after a run of publishes): one sentence, about the newest.
    const [, change] = fresh.reduce((a, b) => (b[1].at > a[1].at ? b : a));
    useStore
      .getState()
      .announce(change.kind === "new" ? "contact.announce.bulletinNew" : "contact.announce.bulletinChanged", {
        headline: change.headline,
      });
  }, [changes, shown]);
}
