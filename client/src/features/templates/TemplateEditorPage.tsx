import { useCallback, useEffect, useState, type FormEvent } from "react";
import { Link } from "react-router";
import type { TemplateVersion } from "@shared/schemas/template";
import {
  TEMPLATE_LANGUAGES,
  type ScenarioTemplate,
  type TemplateLanguage,
  type TemplateTexts,
} from "@shared/templates";
import { Button } from "../../components/Button";
import { FormField } from "../../components/FormField";
import { formatDateTime } from "../../i18n/format";
import { useLanguage } from "../../i18n/useT";
import { useStore } from "../../store";
import { useDocumentTitle } from "../layout/useDocumentTitle";
import { approveTemplate, fetchTemplates, fetchVersions, saveTemplate } from "./api";
import { useTemplateText } from "./texts";
import "./templates.css";

const FIELDS = ["headline", "body", "instruction", "sms", "social", "script"] as const;
type Field = (typeof FIELDS)[number];

/**
 * Admins and leads keep the message bank: the texts of a template in its four languages, saved as a draft version
 * (the server checks every language against the publish gate) and approved by someone else (PUT /api/templates/:id,
 * POST …/approve). Slots, CAP fields and FAQ drafts are kept from the version edited.
 */
export function TemplateEditorPage() {
  const t = useTemplateText();
  const lang = useLanguage();
  useDocumentTitle(t("editorTitle"));
  const [templates, setTemplates] = useState<ScenarioTemplate[]>([]);
  const [templateId, setTemplateId] = useState("");
  const [versions, setVersions] = useState<TemplateVersion[]>([]);
  const [draft, setDraft] = useState<ScenarioTemplate | null>(null);
  const [newId, setNewId] = useState("");
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (id: string) => {
    const list = await fetchTemplates();
    setTemplates(list.templates as ScenarioTemplate[]);
    const current = (list.templates.find((x) => x.id === id) ?? list.templates[0]) as ScenarioTemplate | undefined;
    if (!current) return;
    setTemplateId(current.id);
    const saved = await fetchVersions(current.id);
    setVersions(saved);
    // Edit the newest version, a pending draft included, so saving does not step over it.
    setDraft(saved[0] ? { ...saved[0].template, id: current.id, version: saved[0].version } : current);
  }, []);

  useEffect(() => {
    void load("").catch((err: unknown) =>
      setMessage({ kind: "error", text: err instanceof Error ? err.message : String(err) }),
    );
  }, [load]);

  const setText = (l: TemplateLanguage, field: Field, value: string) =>
    setDraft((d) => (d ? { ...d, texts: { ...d.texts, [l]: { ...d.texts[l], [field]: value } as TemplateTexts } } : d));

  const userId = useStore((st) => st.user?.id);
  const people = useStore((st) => st.people);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    setBusy(true);
    setMessage(null);
    try {
      const { id: _id, version, ...template } = draft;
      const target = newId.trim() || draft.id;
      const saved = await saveTemplate(target, { template, expectedVersion: target === draft.id ? version : 0 });
      setMessage({ kind: "ok", text: t("saved", { version: saved.version }) });
      setNewId("");
      await load(target);
      if (target !== draft.id) setTemplateId(target);
    } catch (err) {
      setMessage({ kind: "error", text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };

  const approve = async (version: number) => {
    setMessage(null);
    try {
      await approveTemplate(templateId, version);
      setMessage({ kind: "ok", text: t("approvedDone", { version }) });
      await load(templateId);
    } catch (err) {
      setMessage({ kind: "error", text: err instanceof Error ? err.message : String(err) });
    }
  };

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
        {message?.text}
      </p>
      {draft ? (
        <form className="template-form" onSubmit={(e) => void save(e)} noValidate>
          <FormField label={t("scenario")}>
            {(control) => (
              <select {...control} value={templateId} onChange={(e) => void load(e.target.value)}>
                {templates.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.title[lang]}
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
            <FormField label={t("titleSv")}>
              {(control) => (
                <input
                  {...control}
                  value={draft.title.sv}
                  maxLength={300}
                  onChange={(e) => setDraft({ ...draft, title: { ...draft.title, sv: e.target.value } })}
                />
              )}
            </FormField>
            <FormField label={t("titleEn")}>
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
          {TEMPLATE_LANGUAGES.map((l) => (
            <fieldset key={l} className="template-slots">
              <legend>{t(`lang.${l}`)}</legend>
              {FIELDS.map((field) => (
                <FormField key={field} label={`${t(field)} (${t(`lang.${l}`)})`}>
                  {(control) =>
                    field === "headline" ? (
                      <input
                        {...control}
                        value={draft.texts[l][field]}
                        maxLength={300}
                        onChange={(e) => setText(l, field, e.target.value)}
                      />
                    ) : (
                      <textarea
                        {...control}
                        rows={3}
                        value={draft.texts[l][field]}
                        maxLength={5_000}
                        onChange={(e) => setText(l, field, e.target.value)}
                      />
                    )
                  }
                </FormField>
              ))}
            </fieldset>
          ))}
          <FormField label={t("newId")} hint={t("newIdHint")}>
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
