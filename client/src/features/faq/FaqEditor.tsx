import { useEffect, useState, type FormEvent } from "react";
import { MESSAGE_AUDIENCES } from "../../../../shared/checklist/constants";
import { LANGUAGES } from "../../../../shared/constants";
import type { MessageAudience, MessageLanguage } from "../../../../shared/schemas/checklist";
import type { Fact } from "../../../../shared/schemas/fact";
import { FaqCreate, type FaqEntry, type FaqStatus } from "../../../../shared/schemas/faq";
import { createFaqEntry, patchFaqEntry, setFaqStatus } from "../../api/faq";
import { listFacts } from "../../api/facts";
import { ApiError } from "../../api/http";
import { Button } from "../../components/Button";
import { FormError, FormField } from "../../components/FormField";
import { useFormState } from "../../components/useFormState";
import { formatDateTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { useStore } from "../../store";
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

const fromEntry = (e: FaqEntry | null, incidentId: string | null): Draft => ({
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

/** Edit an entry (or write a new one) with the checklist live; save, publish, archive. */
export function FaqEditor({
  entry,
  onSaved,
}: {
  entry: FaqEntry | null;
  onSaved: (entry: FaqEntry, message: string) => void;
}) {
  const t = useT();
  const lang = useLanguage();
  const incidents = useStore((s) => s.incidents);
  const [draft, setDraft] = useState<Draft>(() => fromEntry(entry, null));
  const [facts, setFacts] = useState<Fact[]>([]);
  const { formRef, busy, fieldErrors, formError, validate, run } = useFormState();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

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

  const persist = async (status?: FaqStatus) => {
    const body = validate(FaqCreate, { ...draft, tags: tagsOf(draft.tags), incidentId: draft.incidentId || null });
    if (!body) return;
    let result: FaqEntry | null = null;
    const ok = await run(async () => {
      try {
        const { publish: _p, ...content } = body;
        let next = entry
          ? await patchFaqEntry(entry.id, { ...content, expectedVersion: entry.version })
          : await createFaqEntry(content);
        if (status && next.status !== status) next = await setFaqStatus(next.id, status, next.version);
        result = next;
      } catch (err) {
        // Someone saved first: keep what they saved in the store so the next attempt starts from it.
        if (err instanceof ApiError && err.code === "conflict") {
          const parsed = (err.details.current ?? null) as FaqEntry | null;
          if (parsed) useStore.getState().upsertFaqEntry(parsed);
        }
        throw err;
      }
    });
    if (ok && result) {
      useStore.getState().upsertFaqEntry(result);
      onSaved(
        result,
        t(
          status === "published"
            ? "faq.published"
            : status === "archived"
              ? "faq.archived"
              : status === "draft"
                ? "faq.unpublished"
                : "faq.saved",
        ),
      );
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void persist();
  };

  return (
    <form ref={formRef} className="faq-editor" onSubmit={submit} noValidate aria-labelledby="faq-editor-heading">
      <div className="section-head">
        <h2 id="faq-editor-heading">{entry ? t("faq.edit") : t("faq.new")}</h2>
        {entry ? (
          <span className="muted">
            {t("faq.versionInfo", { version: entry.version, time: formatDateTime(entry.updatedAt, lang) })} ·{" "}
            {t(`faq.status.${entry.status}`)}
          </span>
        ) : null}
      </div>
      {entry?.stale ? <p className="notice notice-error">{t("faq.staleNotice")}</p> : null}
      <FormError message={formError} />
      <FormField label={t("faq.question")} error={fieldErrors.question}>
        {(p) => (
          <input
            {...p}
            type="text"
            value={draft.question}
            maxLength={500}
            onChange={(e) => set("question", e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t("faq.answer")} hint={t("faq.answerHint")} error={fieldErrors.answer}>
        {(p) => (
          <textarea
            {...p}
            rows={6}
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
      <div className="form-actions">
        <Button type="submit" variant="secondary" busy={busy}>
          {!entry ? t("faq.saveDraft") : entry.status === "published" ? t("faq.saveLive") : t("faq.save")}
        </Button>
        {entry?.status !== "published" ? (
          <Button variant="primary" busy={busy} onClick={() => void persist("published")}>
            {t("faq.publish")}
          </Button>
        ) : null}
        {entry && entry.status !== "archived" ? (
          <Button variant="danger" busy={busy} onClick={() => void persist("archived")}>
            {t("faq.archive")}
          </Button>
        ) : null}
        {entry && entry.status !== "draft" ? (
          <Button variant="quiet" busy={busy} onClick={() => void persist("draft")}>
            {t("faq.unpublish")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
