import { textLang } from "@shared/constants";
import type { FaqEntry } from "@shared/schemas/faq";
import type { FaqHit } from "@shared/search/index";
import { Badge } from "../../components/Badge";
import { formatDateTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { ChangeBar, DiffText } from "./ChangeDiff";

/**
 * The answer to read to the caller, large. After a change she has not seen, the text is shown with the
 * removed words struck through and the new ones marked, until she says she has seen it.
 */
interface Props {
  entry: FaqEntry | null;
  hasQuery: boolean;
  /** Hits that did not answer with confidence, offered as suggestions; empty otherwise. */
  suggestions?: readonly FaqHit<FaqEntry>[];
  onPick?: (id: string) => void;
}

export function AnswerPanel({ entry, hasQuery, suggestions = [], onPick }: Props) {
  const t = useT();
  const lang = useLanguage();
  const change = useStore((s) => (entry ? s.contact.faqChanges[entry.id] : undefined));
  if (!entry && suggestions.length > 0) {
    return (
      <section className="answer-panel answer-unsure" aria-labelledby="answer-heading">
        <h2 id="answer-heading" className="answer-question">
          {t("contact.answer.weak")}
        </h2>
        <p className="muted">{t("contact.answer.weakText")}</p>
        <h3 className="answer-suggestions-heading">{t("contact.answer.suggestions")}</h3>
        <ul className="answer-suggestions">
          {suggestions.map((hit) => (
            <li key={hit.id}>
              <button
                type="button"
                className="answer-suggestion"
                lang={textLang(hit.entry.language)}
                onClick={() => onPick?.(hit.id)}
              >
                {hit.entry.question}
              </button>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  if (!entry) {
    return (
      <section className="answer-panel answer-empty" aria-labelledby="answer-heading">
        <h2 id="answer-heading" className="visually-hidden">
          {t("contact.answer.heading")}
        </h2>
        <p className="muted">{hasQuery ? t("contact.answer.noHit") : t("contact.answer.start")}</p>
      </section>
    );
  }
  const before = change?.before ?? null;
  // The entry's own words in its language (WCAG 3.1.2): a Finnish answer is read out as Finnish in a Swedish console.
  const entryLang = textLang(entry.language);
  return (
    // Focusable: a long answer scrolls inside the panel, and keyboard users must be able to scroll it too.
    <section
      className={change ? "answer-panel has-change" : "answer-panel"}
      aria-labelledby="answer-heading"
      tabIndex={0}
    >
      {change ? <ChangeBar entryId={entry.id} change={change} /> : null}
      <div className="answer-meta">
        {change ? (
          <Badge tone="warning">{change.kind === "new" ? t("contact.new") : t("contact.changed")}</Badge>
        ) : null}
        {entry.stale ? <Badge tone="danger">{t("contact.stale")}</Badge> : null}
        <span className="muted">{t("contact.answer.updated", { time: formatDateTime(entry.updatedAt, lang) })}</span>
      </div>
      <h2 id="answer-heading" className="answer-question" lang={entryLang}>
        {before && before.question !== entry.question ? (
          <DiffText before={before.question} after={entry.question} />
        ) : (
          entry.question
        )}
      </h2>
      <p className="answer-text prewrap" data-testid="answer-text" lang={entryLang}>
        {before && before.answer !== entry.answer ? (
          <DiffText before={before.answer} after={entry.answer} />
        ) : (
          entry.answer
        )}
      </p>
      {entry.stale ? (
        <div className="notice notice-error answer-stale" role="note">
          <p>{t("contact.answer.staleNotice")}</p>
          {(entry.reviewReasons ?? []).map((r) => (
            <p key={`${r.reason}-${r.factId ?? ""}-${r.at}`} className="small">
              {t("contact.answer.reviewReason", {
                reason: t(`stale.${r.reason}`),
                time: formatDateTime(r.at, lang),
              })}
            </p>
          ))}
        </div>
      ) : null}
    </section>
  );
}
