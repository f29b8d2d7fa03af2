import { useState } from "react";
import type { FaqEntry } from "@shared/schemas/faq";
import { dismissSuggestion, suggestionToDraft } from "../../api/faq";
import { Button } from "../../components/Button";
import { focusWhenLost, type FocusTarget } from "../../components/focusWhenLost";
import { formatRelative } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { useNow } from "../../store/session/ticker";

/** "Not in the FAQ" questions from the agents, most asked first; one click makes an FAQ draft of one. */
export function SuggestionList({ onDrafted }: { onDrafted: (entry: FaqEntry) => void }) {
  const t = useT();
  const lang = useLanguage();
  const now = useNow();
  const suggestions = useStore((s) => s.contact.suggestions);
  const [error, setError] = useState<string | null>(null);
  const open = Object.values(suggestions)
    .filter((s) => s.status === "open")
    .sort((a, b) => b.count - a.count || b.lastAskedAt.localeCompare(a.lastAskedAt));

  // A handled suggestion leaves the list with its buttons: a draft's editor takes focus to its answer as it opens (the
  // question is already written; FaqManagePage), a dismissal to the next suggestion, else the one before, else the
  // section's heading. Not focusWhenLost for the draft: with the new-answer form open, that form's answer field has the
  // same id and took focus a moment before it was replaced, dropping focus to the body.
  const neighbourTargets = (id: string): FocusTarget[] => {
    const at = open.findIndex((s) => s.id === id);
    return [open[at + 1], open[at - 1]]
      .filter((s) => s !== undefined)
      .map((s) => () => document.querySelector<HTMLElement>(`li[data-suggestion-id="${s.id}"] button`));
  };
  const draft = async (id: string) => {
    setError(null);
    try {
      const { suggestion, entry } = await suggestionToDraft(id);
      useStore.getState().upsertSuggestion(suggestion);
      useStore.getState().upsertFaqEntry(entry);
      onDrafted(entry);
    } catch {
      setError(t("faq.suggestions.failed"));
    }
  };
  const dismiss = async (id: string) => {
    focusWhenLost([...neighbourTargets(id), "suggestions-heading"]);
    setError(null);
    try {
      useStore.getState().upsertSuggestion(await dismissSuggestion(id));
    } catch {
      setError(t("faq.suggestions.failed"));
    }
  };

  return (
    <>
      {error ? <p className="notice notice-error">{error}</p> : null}
      {open.length === 0 ? <p className="muted">{t("faq.suggestions.none")}</p> : null}
      <ul className="suggestion-list">
        {open.map((s) => (
          <li key={s.id} data-suggestion-id={s.id}>
            <div>
              <strong>{s.question}</strong>
              <span className="muted">
                {" "}
                {t("faq.suggestions.meta", {
                  asked: s.count === 1 ? t("faq.suggestions.askedOne") : t("faq.suggestions.asked", { count: s.count }),
                  when: formatRelative(s.lastAskedAt, now, lang),
                })}
              </span>
            </div>
            <div className="form-actions">
              <Button
                variant="primary"
                onClick={() => void draft(s.id)}
                aria-label={t("faq.suggestions.draftFor", { question: s.question })}
              >
                {t("faq.suggestions.draft")}
              </Button>
              <Button
                variant="quiet"
                onClick={() => void dismiss(s.id)}
                aria-label={t("faq.suggestions.dismissFor", { question: s.question })}
              >
                {t("faq.suggestions.dismiss")}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
