import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import type { FaqEntry } from "@shared/schemas/faq";
import { Button } from "../../components/Button";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { loadFaq, loadSuggestions } from "../../store/contact/loaders";
import { loadIncidents } from "../../store/incidents/loaders";
import { ContactNav } from "../contact/ContactNav";
import { useDocumentTitle } from "../layout/useDocumentTitle";
import { FaqEditor, type FaqEditorFocus } from "./FaqEditor";
import { FaqList } from "./FaqList";
import { SuggestionList } from "./SuggestionList";
import "../contact/contact.css";
import "./faq.css";

const NEW = "new";

/** The crisis team's FAQ desk: every entry with its score, the editor, and the agents' suggestions. */
export function FaqManagePage() {
  const t = useT();
  useDocumentTitle(t("contact.nav.manage"));
  const [params, setParams] = useSearchParams();
  const selected = params.get("entry");
  const entry = useStore((s) => (selected && selected !== NEW ? (s.contact.faq[selected] ?? null) : null));
  const [status, setStatus] = useState<string | null>(null);
  /**
   * Where focus goes in the editor that opens for `key`. Keyed, because the address changes a render after the store
   * (a transition): the editor still open then must not take focus meant for the one replacing it.
   */
  const [focus, setFocus] = useState<(FaqEditorFocus & { key: string }) | null>(null);

  useEffect(() => {
    void loadFaq().catch(() => {});
    void loadSuggestions().catch(() => {});
    if (useStore.getState().incidentsStatus !== "loaded") void loadIncidents().catch(() => {});
  }, []);

  const select = (id: string, field?: FaqEditorFocus["field"]) => {
    setStatus(null);
    setFocus(field ? { key: id, field } : null);
    setParams({ entry: id });
  };
  const onSaved = (saved: FaqEntry, message: string) => {
    setStatus(message);
    if (selected !== saved.id) setParams({ entry: saved.id });
  };

  const editorKey = entry ? entry.id : NEW;
  return (
    <div className="page faq-manage">
      <div className="contact-top">
        <h1 className="contact-title">{t("contact.nav.manage")}</h1>
        <ContactNav />
        <p role="status" className="contact-status">
          {status}
        </p>
      </div>
      <div className="faq-layout">
        <div className="faq-side">
          <section className="card" aria-labelledby="suggestions-heading">
            <h2 id="suggestions-heading">{t("faq.suggestions")}</h2>
            <SuggestionList onDrafted={(e) => select(e.id, "answer")} />
          </section>
          <section className="card faq-list-card" aria-labelledby="faq-list-heading">
            <div className="section-head">
              <h2 id="faq-list-heading">{t("faq.list")}</h2>
              <Button variant="primary" onClick={() => select(NEW, "question")}>
                {t("faq.new")}
              </Button>
            </div>
            <FaqList selectedId={entry?.id ?? null} onSelect={select} />
          </section>
        </div>
        {selected ? (
          <section className="card faq-editor-card" aria-label={entry ? t("faq.edit") : t("faq.new")}>
            {/* Keyed by entry, not version: a newer version saved meanwhile is offered, not forced over unsaved text. */}
            <FaqEditor
              key={editorKey}
              entry={entry}
              onSaved={onSaved}
              focus={focus?.key === editorKey ? focus : null}
            />
          </section>
        ) : (
          <p className="card muted faq-editor-card">{t("faq.pick")}</p>
        )}
      </div>
    </div>
  );
}
