import { useMemo, useState } from "react";
import { textLang } from "@shared/constants";
import type { FaqEntry, FaqStatus } from "@shared/schemas/faq";
import { Badge } from "../../components/Badge";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { ScoreBadge } from "./ScoreBadge";

type Filter = FaqStatus | "all";
const FILTERS: Filter[] = ["all", "draft", "in_review", "approved", "published", "archived"];
const STATUS_TONE = {
  draft: "info",
  in_review: "warning",
  approved: "info",
  published: "success",
  archived: "neutral",
} as const;

/** Every FAQ entry with its status, checklist score and stale flag; drafts and stale entries first. */
export function FaqList({ selectedId, onSelect }: { selectedId: string | null; onSelect: (id: string) => void }) {
  const t = useT();
  const faq = useStore((s) => s.contact.faq);
  const [filter, setFilter] = useState<Filter>("all");
  const entries = useMemo(() => {
    // Stale first, then what waits for a decision, drafts, published, archived.
    const rank = (e: FaqEntry) =>
      e.stale
        ? 0
        : e.working || e.status === "in_review" || e.status === "approved"
          ? 1
          : e.status === "draft"
            ? 2
            : e.status === "published"
              ? 3
              : 4;
    return Object.values(faq)
      .filter((e) => filter === "all" || e.status === filter || e.working?.status === filter)
      .sort((a, b) => rank(a) - rank(b) || b.updatedAt.localeCompare(a.updatedAt));
  }, [faq, filter]);

  return (
    <>
      <fieldset className="segmented faq-filter">
        <legend className="visually-hidden">{t("faq.filter")}</legend>
        {FILTERS.map((f) => (
          <label key={f} className={f === filter ? "segmented-option is-selected" : "segmented-option"}>
            <input type="radio" name="faq-filter" value={f} checked={f === filter} onChange={() => setFilter(f)} />
            {t(`faq.filter.${f}`)}
          </label>
        ))}
      </fieldset>
      {entries.length === 0 ? <p className="muted">{t("faq.empty")}</p> : null}
      <ul className="faq-list">
        {entries.map((e) => (
          <li key={e.id}>
            <button
              type="button"
              className={e.id === selectedId ? "faq-row is-selected" : "faq-row"}
              aria-current={e.id === selectedId || undefined}
              onClick={() => onSelect(e.id)}
            >
              <span className="faq-row-question" lang={textLang(e.language)}>
                {e.question}
              </span>
              <span className="badges">
                <Badge tone={STATUS_TONE[e.status]}>{t(`faq.status.${e.status}`)}</Badge>
                {e.working ? (
                  <Badge tone="warning">
                    {t("faq.working.badge", { status: t(`faq.status.${e.working.status}`) })}
                  </Badge>
                ) : null}
                <ScoreBadge score={e.score} />
                {e.stale ? <Badge tone="danger">{t("contact.stale")}</Badge> : null}
                {e.incidentId === null ? <span className="hit-scope">{t("contact.general")}</span> : null}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
