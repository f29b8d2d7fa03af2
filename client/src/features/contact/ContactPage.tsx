import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useShallow } from "zustand/react/shallow";
import { suggestQuestion } from "../../api/faq";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { loadFaq } from "../../store/contact/loaders";
import { loadIncidents } from "../../store/incidents/loaders";
import { selectIncidents } from "../incidents/selectors";
import { useDocumentTitle } from "../layout/useDocumentTitle";
import { AnswerPanel } from "./AnswerPanel";
import { useRememberedChangeMarks } from "./changeMarks";
import { CallerClaimForm } from "./CallerClaimForm";
import { ContactClaimsPanel } from "./ContactClaimsPanel";
import { NationalHits } from "../national/NationalHits";
import { NationalPanel } from "../national/NationalPanel";
import { useNationalSearch } from "../national/useNationalSearch";
import { ContactNav } from "./ContactNav";
import { HitList, hitDomId } from "./HitList";
import { InquiryForm } from "./InquiryForm";
import { canLogInquiry } from "./permissions";
import { ScriptPanel } from "./ScriptPanel";
import { useChangeAnnouncements } from "./useChangeAnnouncements";
import { useFaqSearch } from "./useFaqSearch";
import { useWorkIncident } from "./workIncident";
import { WorkIncidentBar } from "./WorkIncidentBar";
import "./contact.css";
import { serverNow } from "../../store/session/serverClock";

const OPEN_INCIDENTS = selectIncidents("open");

/**
 * The agent's view: search box focused on load, hits as she types from the local index, the answer large beside
 * the script, and the log form. Only a strong hit (shared/search: it covers the question and stands clear of the
 * next) is shown and pre-fills the form by itself; otherwise the view says "Inget säkert svar" with the hits as
 * suggestions she may pick with the arrows. Enter uses the shown answer (focus to the form), or with no
 * confident answer sends the question as "not in the FAQ", as Shift+Enter always does; Escape starts over.
 */
export function ContactPage() {
  const t = useT();
  useDocumentTitle(t("contact.title"));
  // "Ny"/"Ändrad" marks survive a reload, per user, until she has seen the item.
  useRememberedChangeMarks();
  const mayLog = useStore((s) => canLogInquiry(s.user?.role));
  const activeIncidents = useStore(useShallow(OPEN_INCIDENTS));
  const loadStatus = useStore((s) => s.contact.faqStatus);
  const incidentsLoaded = useStore((s) => s.incidentsStatus === "loaded");
  const work = useWorkIncident(activeIncidents, incidentsLoaded);
  const workIncident = useStore((s) => (work.incidentId ? (s.incidents[work.incidentId] ?? null) : null));
  // The script reads the agent's own incident first: the newest incident on top put the storm's bulletins above
  // the water incident she had chosen.
  const scriptIncidents = useMemo(
    () => [
      ...activeIncidents.filter((i) => i.id === workIncident?.id),
      ...activeIncidents.filter((i) => i.id !== workIncident?.id),
    ],
    [workIncident, activeIncidents],
  );
  const [query, setQuery] = useState("");
  const [activeId, setActiveId] = useState<string | null>(null);
  const [noEntry, setNoEntry] = useState(false);
  const [openedAt, setOpenedAt] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  // The rumour the current caller asks about: set by her caller report, cleared when the inquiry is saved.
  const [claimId, setClaimId] = useState<string | null>(null);
  // Her caller report raised or joined that claim, so it counts this call already; one she picks from the list does not.
  const [claimCounted, setClaimCounted] = useState(false);
  const linkClaim = (id: string | null, counted: boolean) => {
    setClaimId(id);
    setClaimCounted(id !== null && counted);
  };
  // Escape starts the call over: the log form too, or the previous caller's rewritten question, outcome and number
  // stayed and were logged with the next answer.
  const [formRound, setFormRound] = useState(0);
  // The questions this caller has already sent as "not in the FAQ": a second Shift+Enter on the same question counted
  // the caller twice in the suggestion's "frågat N gånger" and in the trends.
  const sentThisCall = useRef(new Set<string>());
  const searchRef = useRef<HTMLInputElement>(null);
  const formAreaRef = useRef<HTMLDivElement>(null);

  // The incident she works on: her own choice, kept across reloads; never the newest by default.
  const incidentId = work.incidentId;
  const hits = useFaqSearch(query, incidentId);
  const nationalHits = useNationalSearch(query);
  // Nothing is taken as the answer until she picks one, unless the top hit is strong.
  const typed = query.trim() !== "";
  const shown = hits.find((h) => h.id === activeId) ?? (typed && hits[0]?.strong ? hits[0] : undefined) ?? null;
  const unsure = typed && !shown && hits.length > 0;
  const entry = shown?.entry ?? null;
  useChangeAnnouncements(entry);

  useEffect(() => {
    // After the layout has moved focus to <main> on navigation (its effect runs after this one): the agent types at once.
    const timer = setTimeout(() => searchRef.current?.focus(), 0);
    if (useStore.getState().contact.faqStatus === "idle") void loadFaq().catch(() => {});
    if (useStore.getState().incidentsStatus !== "loaded") void loadIncidents().catch(() => {});
    return () => clearTimeout(timer);
  }, []);

  const start = () => setOpenedAt((at) => at ?? new Date(serverNow()).toISOString());
  const focusForm = () =>
    formAreaRef.current?.querySelector<HTMLInputElement>('input[name="inquiry-channel"]:checked')?.focus();

  const notInFaq = async () => {
    const question = query.trim();
    start();
    setNoEntry(true);
    if (!question) {
      setStatus(t("contact.notInFaq.empty"));
      searchRef.current?.focus();
      return;
    }
    const key = question.toLocaleLowerCase("sv").replace(/\s+/g, " ");
    if (sentThisCall.current.has(key)) {
      setStatus(t("contact.notInFaq.alreadySent", { question }));
      if (mayLog) focusForm();
      return;
    }
    // Marked before the request: a second Shift+Enter while the first is on its way must not send it again.
    sentThisCall.current.add(key);
    try {
      await suggestQuestion({ question, incidentId });
      setStatus(t("contact.notInFaq.sent", { question }));
    } catch {
      sentThisCall.current.delete(key);
      setStatus(t("contact.notInFaq.failed"));
    }
    if (mayLog) focusForm();
  };

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    const at = shown ? hits.indexOf(shown) : -1;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (hits.length === 0) return;
      const next = e.key === "ArrowDown" ? (at + 1) % hits.length : (at - 1 + hits.length) % hits.length;
      setActiveId(hits[next]?.id ?? null);
      start();
    } else if (e.key === "Enter" && e.shiftKey) {
      e.preventDefault();
      void notInFaq();
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (!shown) {
        if (typed) void notInFaq();
        return;
      }
      setActiveId(shown.id);
      setNoEntry(false);
      start();
      if (mayLog) focusForm();
    } else if (e.key === "Escape") {
      setQuery("");
      setActiveId(null);
      setNoEntry(false);
      setOpenedAt(null);
      linkClaim(null, false);
      sentThisCall.current.clear();
      setStatus(null);
      setFormRound((n) => n + 1);
    }
  };

  const onSaved = (caseNumber: string) => {
    setStatus(t("contact.saved", { caseNumber }));
    setQuery("");
    setActiveId(null);
    setNoEntry(false);
    setOpenedAt(null);
    linkClaim(null, false);
    sentThisCall.current.clear();
    searchRef.current?.focus();
  };

  return (
    <div className="contact-page">
      <div className="contact-top">
        <h1 className="contact-title">{t("contact.title")}</h1>
        <ContactNav />
        <p className="contact-status" role="status" data-testid="contact-status">
          {status}
        </p>
      </div>
      <WorkIncidentBar open={activeIncidents} work={work} />
      <div className="contact-grid">
        <section className="contact-search" aria-label={t("contact.search.region")}>
          <label htmlFor="faq-search" className="contact-search-label">
            {t("contact.search.label")}
          </label>
          <input
            id="faq-search"
            ref={searchRef}
            type="search"
            role="combobox"
            aria-expanded={hits.length > 0}
            aria-controls="faq-hits"
            aria-autocomplete="list"
            aria-activedescendant={shown ? hitDomId(shown.id) : undefined}
            aria-describedby="faq-search-hint"
            autoComplete="off"
            spellCheck={false}
            className="contact-search-input"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActiveId(null);
              setNoEntry(false);
              if (e.target.value) start();
            }}
            onKeyDown={onSearchKey}
          />
          <p id="faq-search-hint" className="field-hint">
            {t("contact.search.hint")}
          </p>
          {loadStatus === "error" ? <p className="notice notice-error">{t("contact.loadError")}</p> : null}
          {typed && hits.length === 0 ? <p className="muted hit-none">{t("contact.hits.none")}</p> : null}
          <p className="hit-unsure" role="status" data-testid="hit-unsure">
            {unsure ? t("contact.answer.weak") : null}
          </p>
          <HitList
            hits={hits}
            activeId={shown?.id ?? null}
            incidentId={incidentId}
            onPick={(id) => {
              setActiveId(id);
              setNoEntry(false);
              start();
            }}
          />
          <NationalHits items={nationalHits} incidentId={incidentId} />
        </section>
        <div className="contact-main" ref={formAreaRef}>
          <AnswerPanel
            entry={entry}
            hasQuery={typed}
            suggestions={unsure ? hits.slice(0, 3) : []}
            onPick={(id) => {
              setActiveId(id);
              setNoEntry(false);
              start();
            }}
          />
          {mayLog ? (
            <InquiryForm
              key={formRound}
              query={query}
              entry={entry}
              entryStrong={shown?.strong ?? false}
              noEntry={noEntry}
              onNoEntryChange={setNoEntry}
              incidentId={incidentId}
              openedAt={openedAt}
              onStarted={start}
              onSaved={onSaved}
              onNotInFaq={() => void notInFaq()}
              claimId={claimId}
              claimCounted={claimCounted}
              onClaimChange={(id) => linkClaim(id, false)}
            />
          ) : null}
        </div>
        <div className="contact-side">
          <aside className="contact-script" aria-label={t("contact.script.heading")}>
            <ScriptPanel incidents={scriptIncidents} />
          </aside>
          {mayLog ? (
            <CallerClaimForm
              hasIncidents={activeIncidents.length > 0}
              incident={workIncident}
              onRaised={(id) => linkClaim(id, true)}
            />
          ) : null}
          {mayLog ? <ContactClaimsPanel incidentId={incidentId} all={work.chosen && incidentId === null} /> : null}
          <NationalPanel incidentId={incidentId} />
        </div>
      </div>
    </div>
  );
}
