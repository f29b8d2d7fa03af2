import { useCallback, useEffect, useState, type FormEvent } from "react";
import { MESSAGE_AUDIENCES } from "@shared/checklist/constants";
import { LANGUAGES, textLang } from "@shared/constants";
import type { MessageAudience, MessageLanguage } from "@shared/schemas/checklist";
import type { Fact } from "@shared/schemas/fact";
import { FaqCreate, type FaqEntry } from "@shared/schemas/faq";
import { createFaqEntry, faqReviewStep, patchFaqEntry, setFaqStatus } from "../../api/faq";
import { listFacts } from "../../api/facts";
import { ApiError } from "../../api/http";
import { Button } from "../../components/Button";
import { DiffView } from "../../components/DiffView";
import { focusWhenLost } from "../../components/focusWhenLost";
import { FormError, FormField } from "../../components/FormField";
import { useFormState } from "../../components/useFormState";
import { formatDateTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { editingKey, OthersEditing, useEditingPresence } from "../editing/presence";
import { NewerVersionNotice } from "../editing/NewerVersionNotice";
import { useNewerVersion } from "../editing/useNewerVersion";
import { ChecklistSummary } from "./ChecklistSummary";
import { FaqVersions } from "./FaqVersions";

interface Draft {
  question: string;
  answer: string;
  tags: string;
  audiences: MessageAudience[];
  language: MessageLanguage;
  incidentId: string;
  factIds: string[];
}

type Text = Pick<FaqEntry, "question" | "answer" | "tags" | "audiences" | "language" | "incidentId" | "factIds">;
const fromEntry = (e: Text | null, incidentId: string | null): Draft => ({
  question: e?.question ?? "",
  answer: e?.answer ?? "",
  tags: e?.tags.join(", ") ?? "",
  audiences: e?.audiences ?? ["residents"],
  language: e?.language ?? "sv",
  incidentId: e ? (e.incidentId ?? "") : (incidentId ?? ""),
  factIds: e?.factIds ?? [],
});

const tagsOf = (text: string) =>
  text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/** The words being edited: a published entry's working version when it has one, else the entry's own. */
const editedText = (e: FaqEntry | null) => (e?.working ? { ...e, ...e.working } : e);
const sameDraft = (a: Draft, b: Draft) => JSON.stringify(a) === JSON.stringify(b);
type Step = "submit" | "approve" | "return" | "publish";
const STEP_MESSAGE = {
  submit: "faq.submitted",
  approve: "faq.approvedMsg",
  return: "faq.returned",
  publish: "faq.published",
} as const;

/**
 * Edit an entry (or write a new one) with the checklist live, and take it through review: save, submit, approve or
 * return, publish; archive. A published entry is edited as a working version with its difference from the published
 * text; who else has it open shows, and a newer version saved meanwhile is offered before a save is refused.
 */
/** The answer field's id: a draft made from a suggestion opens with focus there (its question is written). */
export const FAQ_ANSWER_ID = "faq-answer";
const FAQ_QUESTION_ID = "faq-question";
const HEADING_ID = "faq-editor-heading";

/**
 * A field the editor puts focus in as it opens (or when asked again): the question for "Nytt svar", whose button stays
 * where it is in the list, the answer for a draft made from a suggestion. A new object is a new request.
 */
export interface FaqEditorFocus {
  field: "question" | "answer";
}

export function FaqEditor({
  entry,
  onSaved,
  focus = null,
}: {
  entry: FaqEntry | null;
  onSaved: (entry: FaqEntry, message: string) => void;
  focus?: FaqEditorFocus | null;
}) {
  const t = useT();
  const lang = useLanguage();
  const incidents = useStore((s) => s.incidents);
  const role = useStore((s) => s.user?.role);
  const people = useStore((s) => s.people);
  const [draft, setDraft] = useState<Draft>(() => fromEntry(editedText(entry), null));
  const [baseDraft, setBaseDraft] = useState<Draft>(() => fromEntry(editedText(entry), null));
  const [reason, setReason] = useState("");
  const [facts, setFacts] = useState<Fact[]>([]);
  const { formRef, busy, fieldErrors, formError, validate, run } = useFormState();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const dirty = !sameDraft(draft, baseDraft);
  const takeOver = useCallback((record: FaqEntry) => {
    const text = fromEntry(editedText(record), null);
    setDraft(text);
    setBaseDraft(text);
  }, []);
  const { base, setBase, newer, takeTheirs, keepMine, saving } = useNewerVersion(entry, dirty, takeOver);
  useEditingPresence(entry?.incidentId ?? null, entry ? editingKey("faq", entry.id) : null);

  const canApprove = role === "admin" || role === "lead";
  const reviewStatus =
    entry?.working?.status ??
    (entry && (entry.status === "draft" || entry.status === "in_review" || entry.status === "approved")
      ? entry.status
      : null);
  const oneStep = entry?.incidentId ? incidents[entry.incidentId]?.exercise === true : false;

  useEffect(() => {
    if (!draft.incidentId) return;
    let cancelled = false;
    // No facts to cite when the register cannot be read (an incident gone meanwhile): the entry is still editable.
    void listFacts(draft.incidentId).then(
      (list) => !cancelled && setFacts(list),
      () => !cancelled && setFacts([]),
    );
    return () => {
      cancelled = true;
    };
  }, [draft.incidentId]);
  const citable = draft.incidentId ? facts : [];

  useEffect(() => {
    if (focus) document.getElementById(focus.field === "answer" ? FAQ_ANSWER_ID : FAQ_QUESTION_ID)?.focus();
  }, [focus]);

  /** Saves the text when it changed (or always for a new entry); the entry after it. */
  const saveText = async (): Promise<FaqEntry | null> => {
    if (entry && !dirty) return entry;
    const body = validate(FaqCreate, { ...draft, tags: tagsOf(draft.tags), incidentId: draft.incidentId || null });
    if (!body) return null;
    const { publish: _p, ...content } = body;
    const saved = await saving(() =>
      entry ? patchFaqEntry(entry.id, { ...content, expectedVersion: base }) : createFaqEntry(content),
    );
    setBaseDraft(draft);
    useStore.getState().upsertFaqEntry(saved);
    return saved;
  };

  const act = async (work: () => Promise<FaqEntry | null>, message: string) => {
    // A step takes its own button away ("Skicka på granskning" once submitted, "Arkivera" once archived), and a new
    // entry's editor is replaced by the saved entry's: focus goes to the editor's heading, not the page's body.
    focusWhenLost([HEADING_ID]);
    let result: FaqEntry | null = null;
    const ok = await run(async () => {
      try {
        result = await work();
      } catch (err) {
        // Someone saved first: their version goes into the store, and the editor offers it (take theirs / keep mine).
        if (err instanceof ApiError && err.code === "conflict") {
          const parsed = (err.details.current ?? null) as FaqEntry | null;
          if (parsed) useStore.getState().upsertFaqEntry(parsed);
        }
        throw err;
      }
    });
    if (ok && result) {
      const done: FaqEntry = result;
      setBase(done.version);
      useStore.getState().upsertFaqEntry(done);
      setReason("");
      onSaved(done, message);
    }
  };

  const step = (name: Step) =>
    act(async () => {
      const saved = await saveText();
      if (!saved) return null;
      // On an exercise incident an unapproved text is published in one step (POST /status); else the review's step.
      if (name === "publish" && reviewStatus !== "approved") return setFaqStatus(saved.id, "published", saved.version);
      const trimmed = reason.trim();
      return faqReviewStep(saved.id, name, {
        expectedVersion: saved.version,
        ...(trimmed && (name === "approve" || name === "return") ? { reason: trimmed } : {}),
      });
    }, t(STEP_MESSAGE[name]));

  const setStatus = (status: "archived" | "draft") =>
    act(
      async () => {
        const saved = await saveText();
        return saved && setFaqStatus(saved.id, status, saved.version);
      },
      t(status === "archived" ? "faq.archived" : "faq.unpublished"),
    );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void act(saveText, t("faq.saved"));
  };

  const showSubmit = !entry || reviewStatus === "draft" || (entry.status === "published" && !entry.working && dirty);
  const showPublish =
    (canApprove && reviewStatus === "approved") ||
    (oneStep && (reviewStatus !== null || entry?.status === "archived" || !entry || dirty));

  return (
    <form ref={formRef} className="faq-editor" onSubmit={submit} noValidate aria-labelledby={HEADING_ID}>
      <div className="section-head">
        <h2 id={HEADING_ID} tabIndex={-1}>
          {entry ? t("faq.edit") : t("faq.new")}
        </h2>
        {entry ? (
          <span className="muted">
            {t("faq.versionInfo", { version: entry.version, time: formatDateTime(entry.updatedAt, lang) })} ·{" "}
            {t(`faq.status.${entry.status}`)}
          </span>
        ) : null}
      </div>
      {entry?.stale ? <p className="notice notice-error">{t("faq.staleNotice")}</p> : null}
      {entry ? (
        <OthersEditing
          incidentId={entry.incidentId}
          what={editingKey("faq", entry.id)}
          message={(names) => t("faq.otherEditing", { names })}
        />
      ) : null}
      {newer ? (
        <NewerVersionNotice
          name={people[newer.updatedBy] ?? t("editing.someone")}
          version={newer.version}
          fields={[
            {
              label: t("faq.question"),
              before: draft.question,
              after: editedText(newer)?.question ?? "",
              lang: textLang(draft.language),
            },
            {
              label: t("faq.answer"),
              before: draft.answer,
              after: editedText(newer)?.answer ?? "",
              lang: textLang(draft.language),
            },
          ]}
          onTakeTheirs={takeTheirs}
          onKeepMine={keepMine}
        />
      ) : null}
      {entry?.status === "published" && (entry.working || dirty) ? (
        <section className="notice notice-info faq-working" aria-labelledby="faq-working-title">
          <h3 id="faq-working-title">
            {t("faq.working.title", { status: t(`faq.status.${entry.working?.status ?? "draft"}`).toLowerCase() })}
          </h3>
          <p>{t("faq.working.body")}</p>
          <details open>
            <summary>{t("faq.working.diff")}</summary>
            <DiffView
              fields={[
                {
                  label: t("faq.question"),
                  before: entry.question,
                  after: draft.question,
                  lang: textLang(draft.language),
                },
                { label: t("faq.answer"), before: entry.answer, after: draft.answer, lang: textLang(draft.language) },
              ]}
            />
          </details>
        </section>
      ) : null}
      {oneStep ? <p className="muted">{t("faq.oneStep")}</p> : null}
      <FormError message={formError} />
      <FormField id={FAQ_QUESTION_ID} label={t("faq.question")} error={fieldErrors.question}>
        {(p) => (
          <input
            {...p}
            type="text"
            lang={textLang(draft.language)}
            value={draft.question}
            maxLength={500}
            onChange={(e) => set("question", e.target.value)}
          />
        )}
      </FormField>
      <FormField id={FAQ_ANSWER_ID} label={t("faq.answer")} hint={t("faq.answerHint")} error={fieldErrors.answer}>
        {(p) => (
          <textarea
            {...p}
            rows={6}
            lang={textLang(draft.language)}
            value={draft.answer}
            maxLength={5000}
            onChange={(e) => set("answer", e.target.value)}
          />
        )}
      </FormField>
      <ChecklistSummary
        question={draft.question}
        answer={draft.answer}
        language={draft.language}
        audiences={draft.audiences}
        factIds={draft.factIds}
        facts={
          draft.factIds.length > 0
            ? citable.map((f) => ({ id: f.id, statement: f.statement, status: f.status }))
            : undefined
        }
      />
      <div className="faq-editor-row">
        <FormField label={t("faq.incident")} error={fieldErrors.incidentId}>
          {(p) => (
            <select
              {...p}
              value={draft.incidentId}
              onChange={(e) => setDraft((d) => ({ ...d, incidentId: e.target.value, factIds: [] }))}
            >
              <option value="">{t("faq.incident.general")}</option>
              {Object.values(incidents).map((i) => (
                <option key={i.id} value={i.id}>
                  {i.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t("faq.language")} error={fieldErrors.language}>
          {(p) => (
            <select {...p} value={draft.language} onChange={(e) => set("language", e.target.value as MessageLanguage)}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`faq.language.${l}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t("faq.tags")} hint={t("faq.tagsHint")} error={fieldErrors.tags}>
          {(p) => <input {...p} type="text" value={draft.tags} onChange={(e) => set("tags", e.target.value)} />}
        </FormField>
      </div>
      <fieldset className="checkbox-group">
        <legend>{t("faq.audiences")}</legend>
        {MESSAGE_AUDIENCES.map((a) => (
          <label key={a} className="field-checkbox">
            <input
              type="checkbox"
              checked={draft.audiences.includes(a)}
              onChange={(e) =>
                set("audiences", e.target.checked ? [...draft.audiences, a] : draft.audiences.filter((x) => x !== a))
              }
            />
            {t(`faq.audience.${a}`)}
          </label>
        ))}
      </fieldset>
      {citable.length > 0 ? (
        <fieldset className="checkbox-group facts-group">
          <legend>{t("faq.facts")}</legend>
          {citable.map((f) => (
            <label key={f.id} className="field-checkbox">
              <input
                type="checkbox"
                checked={draft.factIds.includes(f.id)}
                onChange={(e) =>
                  set("factIds", e.target.checked ? [...draft.factIds, f.id] : draft.factIds.filter((x) => x !== f.id))
                }
              />
              <span>
                {f.statement} <span className="muted">({t(`faq.factStatus.${f.status}`)})</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {entry ? <FaqVersions entry={entry} /> : null}
      {canApprove && (reviewStatus === "in_review" || reviewStatus === "approved") ? (
        <FormField label={t("faq.returnReason")} hint={t("faq.approveReason")}>
          {(p) => <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </FormField>
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="secondary" busy={busy}>
          {/* In an exercise the change is published in one step, not reviewed: the label must not say otherwise. */}
          {!entry
            ? t("faq.saveDraft")
            : entry.status === "published"
              ? t(oneStep ? "faq.saveLiveOneStep" : "faq.saveLive")
              : t("faq.save")}
        </Button>
        {showSubmit ? (
          <Button variant="primary" busy={busy} onClick={() => void step("submit")}>
            {t("faq.submit")}
          </Button>
        ) : null}
        {canApprove && reviewStatus === "in_review" ? (
          <Button variant="primary" busy={busy} onClick={() => void step("approve")}>
            {t("faq.approve")}
          </Button>
        ) : null}
        {canApprove && (reviewStatus === "in_review" || reviewStatus === "approved") ? (
          <Button variant="secondary" busy={busy} onClick={() => void step("return")}>
            {t("faq.return")}
          </Button>
        ) : null}
        {showPublish ? (
          <Button variant="primary" busy={busy} onClick={() => void step("publish")}>
            {t("faq.publish")}
          </Button>
        ) : null}
        {entry && entry.status !== "archived" ? (
          <Button variant="danger" busy={busy} onClick={() => void setStatus("archived")}>
            {t("faq.archive")}
          </Button>
        ) : null}
        {entry && (entry.status === "published" || entry.status === "archived") ? (
          <Button variant="quiet" busy={busy} onClick={() => void setStatus("draft")}>
            {t("faq.unpublish")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
