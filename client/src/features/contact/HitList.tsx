import { textLang } from "@shared/constants";
import type { FaqEntry } from "@shared/schemas/faq";
import type { FaqHit } from "@shared/search/index";
import { Badge, ExerciseBadge } from "../../components/Badge";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { Highlighted } from "./Highlighted";

export const hitDomId = (id: string) => `faq-hit-${id}`;

interface Props {
  hits: FaqHit<FaqEntry>[];
  activeId: string | null;
  incidentId: string | null;
  onPick: (id: string) => void;
}

/** The search results as a listbox driven from the search box (aria-activedescendant); a click picks too. */
export function HitList({ hits, activeId, incidentId, onPick }: Props) {
  const t = useT();
  const changes = useStore((s) => s.contact.faqChanges);
  const incidents = useStore((s) => s.incidents);
  return (
    <ul id="faq-hits" role="listbox" aria-label={t("contact.hits.label")} className="hit-list">
      {hits.map((hit) => {
        const change = changes[hit.id];
        const active = hit.id === activeId;
        return (
          <li
            key={hit.id}
            id={hitDomId(hit.id)}
            role="option"
            aria-selected={active}
            className={active ? "hit is-active" : "hit"}
            onMouseDown={(e) => e.preventDefault() /* keep the focus in the search box */}
            onClick={() => onPick(hit.id)}
          >
            <span className="hit-question" lang={textLang(hit.entry.language)}>
              <Highlighted text={hit.entry.question} terms={hit.matchedTerms} />
            </span>
            <span className="hit-badges">
              {change ? (
                <Badge tone="warning">{change.kind === "new" ? t("contact.new") : t("contact.changed")}</Badge>
              ) : null}
              {hit.entry.stale ? <Badge tone="danger">{t("contact.stale")}</Badge> : null}
              {hit.entry.incidentId === null ? (
                <span className="hit-scope">{t("contact.general")}</span>
              ) : hit.entry.incidentId !== incidentId ? (
                // Which other incident, not only that it is another: on a two-incident day that is the question. Also
                // when she works all incidents: an exercise's answer must not pass for the real incident's.
                <>
                  {incidents[hit.entry.incidentId]?.exercise ? <ExerciseBadge /> : null}
                  <span className="hit-scope">
                    {t("contact.otherIncidentNamed", { title: incidents[hit.entry.incidentId]?.title ?? "…" })}
                  </span>
                </>
              ) : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
