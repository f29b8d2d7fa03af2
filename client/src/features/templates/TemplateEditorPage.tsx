import { useCallback, useEffect, useId, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { TemplateSaveTo, type TemplateVersion } from "@shared/schemas/template";
import {
  TEMPLATE_LANGUAGES,
  type ScenarioTemplate,
  type TemplateLanguage,
  type TemplateTexts,
} from "@shared/templates";
import { textLang } from "@shared/constants";
import { ApiError } from "../../api/http";
import { Button } from "../../components/Button";
import { FieldError, FormError, FormField } from "../../components/FormField";
import { useFormState, type DescribedError } from "../../components/useFormState";
import { errorMessage } from "../../i18n/errors";
import { formatDateTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { useDocumentTitle } from "../layout/useDocumentTitle";
import { approveTemplate, fetchDraftTemplates, fetchTemplates, fetchVersions, saveTemplate } from "./api";
import { useTemplateText, type TemplateText } from "./texts";
import "./templates.css";

/** A template in the picker: an approved one, or a new one that so far is only a draft. */
type PickerEntry = { id: string; title: { sv: string; en: string }; draftOnly: boolean };

const FIELDS = ["headline", "body", "instruction", "sms", "social", "script"] as const;
type Field = (typeof FIELDS)[number];

/** The error keys (dot paths, as zod and the server name them) that have a control or a group on this page. */
const titleKey = (l: "sv" | "en") => `template.title.${l}`;
const textsKey = (l: TemplateLanguage) => `template.texts.${l}`;
const textKey = (l: TemplateLanguage, field: Field) => `template.texts.${l}.${field}`;
/** The id field's error when the server says the id is taken (said in the language of the moment, like invalidId). */
const ID_TAKEN = "id_taken";
const PLACED = new Set<string>([
  "id",
  titleKey("sv"),
  titleKey("en"),
  ...TEMPLATE_LANGUAGES.flatMap((l) => [textsKey(l), ...FIELDS.map((f) => textKey(l, f))]),
]);

/**
 * The server's own reasons for refusing a template (server/domain/templates/check.ts) in the user's language, at the
 * field it names; any other validation message is the server's English, said here as the common "invalid value".
 */
function describeSaveError(
  err: unknown,
  t: TemplateText,
  invalid: string,
  lang: "sv" | "en",
): DescribedError | undefined {
  if (!(err instanceof ApiError)) return undefined;
  // Saved as a new template under an id that exists already: said at the id field, not as a newer version.
  if (err.code === "conflict" && err.field === "id" && err.details.reason === "id_taken")
    return { field: "id", fieldMessage: ID_TAKEN };
  if (err.code === "conflict" && !err.field) return { formMessage: t("conflict") };
  if (err.code !== "validation" || !err.field) return undefined;
  const d = err.details;
  const slot = `{${String(d.slot)}}`;
  let message: string;
  if (err.field === "id") message = t("invalidId");
  else if (d.reason === "undeclared_slot") message = t("undeclaredSlot", { slot });
  else if (d.reason === "missing_example") message = t("missingExample", { slot });
  else if (d.reason === "gate") {
    const findings = Array.isArray(d.findings)
      ? (d.findings as { sv?: unknown; en?: unknown }[]).map((f) => f[lang]).filter((m) => typeof m === "string")
      : [];
    message = t("gate", { score: Number(d.score), threshold: Number(d.threshold) });
    if (findings.length > 0) message += ` ${t("gateFindings", { findings: findings.join(" ") })}`;
  } else message = invalid;
  return { field: err.field, fieldMessage: message };
}

/**
 * Admins and leads keep the message bank: the texts of a template in its four languages, saved as a draft version
 * (the server checks every language against the publish gate) and approved by someone else (PUT /api/templates/:id,
 * POST …/approve). Slots, CAP fields and FAQ drafts are kept from the version edited.
 */
export function TemplateEditorPage() {
  const t = useTemplateText();
  const lang = useLanguage();
  useDocumentTitle(t("editorTitle"));
  const [templates, setTemplates] = useState<PickerEntry[]>([]);
  const [templateId, setTemplateId] = useState("");
  const [versions, setVersions] = useState<TemplateVersion[]>([]);
  const [draft, setDraft] = useState<ScenarioTemplate | null>(null);
  const [newId, setNewId] = useState("");
  // A failed load or approval is kept as the error and said in the language of the moment (errorMessage).
  const [message, setMessage] = useState<{ kind: "ok"; text: string } | { kind: "error"; error: unknown } | null>(null);
  const { formRef, busy, fieldErrors, formError, validate, run } = useFormState();
  const commonT = useT();
  const errorIds = useId();

  const load = useCallback(async (id: string) => {
    // The approved bank and the new templates that are only drafts so far (those open from their latest draft).
    const [list, drafts] = await Promise.all([fetchTemplates(), fetchDraftTemplates()]);
    const approved = list.templates as ScenarioTemplate[];
    setTemplates([
      ...approved.map((x) => ({ id: x.id, title: x.title, draftOnly: false })),
      ...drafts.map((x) => ({ id: x.id, title: x.title, draftOnly: true })),
    ]);
    // The one asked for (a draft-only one too), else the bank's first.
    const draftOnly = !approved.some((x) => x.id === id) && drafts.some((x) => x.id === id);
    const current = draftOnly ? undefined : (approved.find((x) => x.id === id) ?? approved[0]);
    const currentId = draftOnly ? id : current?.id;
    if (!currentId) return;
    setTemplateId(currentId);
    const saved = await fetchVersions(currentId);
    setVersions(saved);
    // Edit the newest version, a pending draft included, so saving does not step over it.
    const base = saved[0] ? { ...saved[0].template, id: currentId, version: saved[0].version } : current;
    setDraft(base ?? null);
  }, []);

  useEffect(() => {
    void load("").catch((error: unknown) => setMessage({ kind: "error", error }));
  }, [load]);

  const setText = (l: TemplateLanguage, field: Field, value: string) =>
    setDraft((d) => (d ? { ...d, texts: { ...d.texts, [l]: { ...d.texts[l], [field]: value } as TemplateTexts } } : d));

  const userId = useStore((st) => st.user?.id);
  const people = useStore((st) => st.people);

  // Checked with the shared schema first, as the server will: an empty or too long text is said at its field in the
  // UI language before anything is sent. What only the server can check (the publish gate) comes back as a 400 with
  // a reason, said the same way (describeSaveError).
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    setMessage(null);
    const { id: _id, version, ...template } = draft;
    const target = newId.trim() || draft.id;
    const expectedVersion = target === draft.id ? version : 0;
    const input = validate(TemplateSaveTo, { template, expectedVersion, id: target });
    if (!input) return;
    let saved: TemplateVersion | undefined;
    const ok = await run(
      async () => {
        saved = await saveTemplate(target, { template: input.template, expectedVersion });
      },
      (err) => describeSaveError(err, t, commonT("error.invalid"), lang),
    );
    if (!ok || !saved) return;
    setMessage({ kind: "ok", text: t("saved", { version: saved.version }) });
    setNewId("");
    try {
      // The template saved, a new one included (it is in the picker as a draft), stays open.
      await load(target);
    } catch (error) {
      setMessage({ kind: "error", error });
    }
  };

  const approve = async (version: number) => {
    setMessage(null);
    try {
      await approveTemplate(templateId, version);
      setMessage({ kind: "ok", text: t("approvedDone", { version }) });
      await load(templateId);
    } catch (error) {
      setMessage({ kind: "error", error });
    }
  };

  // An error at a part this page does not edit (the description, slots, FAQ) is said for the form as a whole.
  const unplaced = Object.entries(fieldErrors).find(([key]) => !PLACED.has(key));
  const formMessage = formError ?? (unplaced ? t("otherPart", { message: unplaced[1] }) : null);
  const errorAt = (key: string): string | undefined => fieldErrors[key] || undefined;
  // The id field's own words: taken (the server's reason), else what an id may be.
  const idError = !fieldErrors.id ? undefined : fieldErrors.id === ID_TAKEN ? t("idTaken") : t("invalidId");
  const groupErrorId = (l: TemplateLanguage) => `${errorIds}-texts-${l}-error`;

  return (
    <article className="page narrow template-page" aria-labelledby="template-editor-title">
      <p className="back-link">
        <Link to="/">← {t("backToList")}</Link>
      </p>
      <h1 id="template-editor-title">{t("editorTitle")}</h1>
      <p>{t("editorIntro")}</p>
      <p
        className={message?.kind === "error" ? "notice notice-error" : "notice"}
        role={message?.kind === "error" ? "alert" : "status"}
        hidden={!message}
      >
        {message?.kind === "error" ? errorMessage(message.error, commonT) : message?.text}
      </p>
      {draft ? (
        <form ref={formRef} className="template-form" onSubmit={(e) => void save(e)} noValidate>
          <FormError message={formMessage} />
          <FormField label={t("scenario")}>
            {(control) => (
              <select {...control} value={templateId} onChange={(e) => void load(e.target.value)}>
                {templates.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.draftOnly ? t("draftOption", { title: x.title[lang] }) : x.title[lang]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <section aria-labelledby="template-versions-heading">
            <h2 id="template-versions-heading">{t("versions")}</h2>
            {versions.length === 0 ? <p className="muted">{t("builtIn")}</p> : null}
            <ul className="template-versions">
              {versions.map((v, i) => (
                <li key={v.version}>
                  {v.version}: {v.status === "draft" ? t("draft") : t("approvedStatus")},{" "}
                  {formatDateTime(v.savedAt, lang)}{" "}
                  {people[v.savedBy] ? <>({t("savedBy", { name: people[v.savedBy] ?? "" })}) </> : null}
                  {/* Four eyes: the author's own draft waits for someone else (the server refuses it anyway). */}
                  {i === 0 && v.status === "draft" && v.savedBy === userId ? (
                    <span className="muted">{t("awaitsOther")}</span>
                  ) : i === 0 && v.status === "draft" ? (
                    <Button onClick={() => void approve(v.version)}>{t("approve", { version: v.version })}</Button>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
          <p className="field-hint">{t("slotsNote")}</p>
          <div className="template-form-row">
            <FormField label={t("titleSv")} error={errorAt(titleKey("sv"))}>
              {(control) => (
                <input
                  {...control}
                  value={draft.title.sv}
                  maxLength={300}
                  onChange={(e) => setDraft({ ...draft, title: { ...draft.title, sv: e.target.value } })}
                />
              )}
            </FormField>
            <FormField label={t("titleEn")} error={errorAt(titleKey("en"))}>
              {(control) => (
                <input
                  {...control}
                  value={draft.title.en}
                  maxLength={300}
                  onChange={(e) => setDraft({ ...draft, title: { ...draft.title, en: e.target.value } })}
                />
              )}
            </FormField>
          </div>
          {TEMPLATE_LANGUAGES.map((l) => {
            // The publish gate judges a language's texts together: its error is the group's, read with the group
            // and with its first field, which is where the keyboard goes.
            const groupError = errorAt(textsKey(l));
            const groupId = groupError ? groupErrorId(l) : undefined;
            return (
              <fieldset key={l} className="template-slots" aria-describedby={groupId}>
                <legend>{t(`lang.${l}`)}</legend>
                <FieldError id={groupId} message={groupError} />
                {FIELDS.map((field, i) => (
                  <FormField key={field} label={`${t(field)} (${t(`lang.${l}`)})`} error={errorAt(textKey(l, field))}>
                    {(own) => {
                      const control =
                        i === 0 && groupId
                          ? {
                              ...own,
                              "aria-invalid": true as const,
                              "aria-describedby": [groupId, own["aria-describedby"]].filter(Boolean).join(" "),
                            }
                          : own;
                      return field === "headline" ? (
                        <input
                          {...control}
                          lang={textLang(l)}
                          value={draft.texts[l][field]}
                          maxLength={300}
                          onChange={(e) => setText(l, field, e.target.value)}
                        />
                      ) : (
                        <textarea
                          {...control}
                          rows={3}
                          lang={textLang(l)}
                          value={draft.texts[l][field]}
                          maxLength={5_000}
                          onChange={(e) => setText(l, field, e.target.value)}
                        />
                      );
                    }}
                  </FormField>
                ))}
              </fieldset>
            );
          })}
          <FormField label={t("newId")} hint={t("newIdHint")} error={idError}>
            {(control) => (
              <input
                {...control}
                value={newId}
                maxLength={60}
                pattern="[a-z0-9-]{2,60}"
                onChange={(e) => setNewId(e.target.value)}
              />
            )}
          </FormField>
          <div className="form-actions">
            <Button type="submit" variant="primary" busy={busy}>
              {t("save")}
            </Button>
          </div>
        </form>
      ) : null}
    </article>
  );
}
