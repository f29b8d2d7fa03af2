import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { incidentSeverityOf } from "@shared/capDefaults";
import { textLang } from "@shared/constants";
import type { TemplateList } from "@shared/schemas/template";
import {
  fillTemplate,
  TEMPLATE_LANGUAGES,
  type ScenarioTemplate,
  type SlotValues,
  type TemplateLanguage,
  type TemplateSlot,
} from "@shared/templates";
import { Button } from "../../components/Button";
import { FormField } from "../../components/FormField";
import { DateTimeInput } from "../../components/DateTimeInput";
import { toDateTimeLocalValue } from "../../i18n/format";
import { localInputToIso } from "../incidents/selectors";
import { errorMessage } from "../../i18n/errors";
import { useLanguage, useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { useDocumentTitle } from "../layout/useDocumentTitle";
import { createFromTemplate, createIncident, fetchTemplates, TemplateApiError } from "./api";
import { useTemplateText } from "./texts";
import "./templates.css";
import { serverNow } from "../../store/session/serverClock";

/** Stands for an empty slot in the preview's filled text until it is rendered as its bracketed label. */
const MARK = "\uE000";
const OTHER: readonly TemplateLanguage[] = TEMPLATE_LANGUAGES.filter((l) => l !== "sv");
type Entered = Record<string, Partial<Record<TemplateLanguage, string>>>;

/** Fresh values for a template: the server's defaults (the sender), now for "when", an hour ahead for the next update. */
function initialValues(template: ScenarioTemplate, defaults: Record<string, string>): Entered {
  const now = serverNow();
  return Object.fromEntries(
    template.slots.map((s) => {
      if (s.kind === "datetime")
        return [s.name, { sv: toDateTimeLocalValue(new Date(s.name === "nästa_uppdatering" ? now + 3_600_000 : now)) }];
      return [s.name, { sv: defaults[s.name] ?? "" }];
    }),
  );
}

/** What the server gets: datetime slots as ISO times, translatable slots per language where given. */
function slotValues(template: ScenarioTemplate, entered: Entered): SlotValues {
  const out: SlotValues = {};
  for (const s of template.slots) {
    const v = entered[s.name] ?? {};
    const sv = (v.sv ?? "").trim();
    if (s.kind === "datetime") {
      // The field holds Swedish time, as the text it fills will say it.
      out[s.name] = localInputToIso(sv) ?? "";
    } else if (s.translatable) {
      out[s.name] = Object.fromEntries(Object.entries(v).filter(([, text]) => (text ?? "").trim() !== "")) as Partial<
        Record<TemplateLanguage, string>
      >;
    } else out[s.name] = sv;
  }
  return out;
}

function Preview({
  template,
  values,
  language,
  slots,
}: {
  template: ScenarioTemplate;
  values: SlotValues;
  language: TemplateLanguage;
  slots: TemplateSlot[];
}) {
  const t = useTemplateText();
  const ui = useLanguage();
  // Empty slots show their label in brackets, so the preview reads while the form is half filled. The label is in
  // the template's language where the slot has one (a Swedish text says "[Område]", not "[Area]"), else in the UI's,
  // tagged with it. They go through the filling as markers and come out as elements.
  const shown: SlotValues = Object.fromEntries(
    slots.map((s) => {
      const v = values[s.name];
      const empty = v === undefined || (typeof v === "string" ? v.trim() === "" : Object.keys(v).length === 0);
      return [
        s.name,
        empty ? (s.kind === "datetime" ? new Date(serverNow()).toISOString() : `${MARK}${s.name}${MARK}`) : v,
      ];
    }),
  );
  const filled = fillTemplate(template, language, shown, new Date(serverNow()));
  const textLanguage = textLang(language);
  const labelLanguage = textLanguage === "sv" || textLanguage === "en" ? textLanguage : ui;
  const withPlaceholders = (text: string) =>
    text.split(MARK).map((part, i) => {
      if (i % 2 === 0) return part;
      const slot = slots.find((s) => s.name === part);
      return (
        <span key={i} className="template-placeholder" lang={labelLanguage}>
          [{slot?.label[labelLanguage] ?? part}]
        </span>
      );
    });
  return (
    <section className="template-preview" aria-labelledby="template-preview-heading">
      <h2 id="template-preview-heading">{t("preview")}</h2>
      {/* The preview is the bulletin's text, in the template's language (WCAG 3.1.2). */}
      <div lang={textLanguage}>
        <p className="template-preview-headline">{withPlaceholders(filled.headline)}</p>
        <p>{withPlaceholders(filled.body)}</p>
        <p>{withPlaceholders(filled.instruction)}</p>
      </div>
    </section>
  );
}

/**
 * "Nytt meddelande från mall": pick a scenario, fill its slots, and the server drafts the bulletin, its translations
 * and FAQ entries in one step (POST /api/incidents/:id/bulletins/from-template); then on to the bulletin's editor.
 * Without an incident in the path ("Ny händelse från mall", leads and admins) it first starts the incident, named
 * after the scenario and its area, and keeps it if the drafting step has to be tried again.
 */
export function TemplatePage() {
  const params = useParams();
  const [startedId, setStartedId] = useState<string | null>(null);
  const newIncident = params.id === undefined;
  const id = params.id ?? startedId ?? "";
  const [incidentTitle, setIncidentTitle] = useState("");
  const [exercise, setExercise] = useState(false);
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const t = useTemplateText();
  const ui = useT();
  const lang = useLanguage();
  useDocumentTitle(newIncident ? t("newIncidentTitle") : t("title"));
  const [bank, setBank] = useState<TemplateList | null>(null);
  const [loadError, setLoadError] = useState(false);
  const [templateId, setTemplateId] = useState(search.get("mall") ?? "");
  const [entered, setEntered] = useState<Entered>({});
  const [language, setLanguage] = useState<TemplateLanguage>("sv");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const mayKeepBank = useStore((s) => s.user?.role === "admin" || s.user?.role === "lead");

  // The chosen template and its fresh values change in one update: an effect after the render would overwrite
  // whatever the user typed between the form's first paint and the effect (seen in CI as a filled field gone empty).
  const choose = (list: TemplateList, wanted: string) => {
    const chosen = list.templates.find((x) => x.id === wanted) ?? list.templates[0];
    setTemplateId(chosen?.id ?? "");
    setEntered(chosen ? initialValues(chosen as ScenarioTemplate, list.defaults) : {});
    setErrors({});
  };

  useEffect(() => {
    const wanted = search.get("mall") ?? "";
    fetchTemplates()
      .then((list) => {
        setBank(list);
        choose(list, wanted);
      })
      .catch(() => setLoadError(true));
    // Loaded once per visit; a later change of ?mall= is the select's job.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const template = useMemo(
    () => (bank?.templates.find((x) => x.id === templateId) as ScenarioTemplate | undefined) ?? null,
    [bank, templateId],
  );

  const set = (name: string, l: TemplateLanguage, value: string) =>
    setEntered((e) => ({ ...e, [name]: { ...e[name], [l]: value } }));
  const values = template ? slotValues(template, entered) : {};

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!template) return;
    const missing = template.slots.filter((s) => !s.optional && (entered[s.name]?.sv ?? "").trim() === "");
    const found = Object.fromEntries(missing.map((s) => [s.name, t("required", { label: s.label[lang] })]));
    setErrors(found);
    setFormError(null);
    if (missing[0]) {
      formRef.current?.querySelector<HTMLElement>(`[name="slot-${missing[0].name}"]`)?.focus();
      return;
    }
    setBusy(true);
    try {
      let incidentId = id;
      if (!incidentId) {
        const area = (entered["område"]?.sv ?? "").trim();
        const incident = await createIncident({
          title: incidentTitle.trim() || [template.title.sv, area].filter(Boolean).join(": "),
          exercise,
          affectedAreas: area ? [area] : [],
          // The page says the template's severity ("allvarlighet allvarlig"): the incident starts with it.
          severity: incidentSeverityOf(template.cap.severity),
        });
        incidentId = incident.id;
        setStartedId(incident.id);
      }
      const result = await createFromTemplate(incidentId, { templateId: template.id, slots: values, language });
      void navigate(`/incidents/${incidentId}/bulletins/${result.bulletin.id}`);
    } catch (err) {
      setBusy(false);
      const slot = err instanceof TemplateApiError && err.field?.startsWith("slots.") ? err.field.slice(6) : null;
      const declared = slot === null ? undefined : template.slots.find((s) => s.name === slot);
      if (slot !== null && declared !== undefined) {
        // The server's slot refusals (English for developers) said in the UI's language by their reason: a value a
        // language version needs, one that makes a text too long, or one it cannot use (a hidden character, a time).
        const reason = err instanceof TemplateApiError ? err.details.reason : undefined;
        const label = declared.label[lang];
        setErrors({
          [slot]:
            reason === "too_long"
              ? t("slotTooLong", { label })
              : reason === "required"
                ? t("required", { label })
                : t("slotInvalid", { label }),
        });
        formRef.current?.querySelector<HTMLElement>(`[name="slot-${slot}"]`)?.focus();
      } else setFormError(t("error", { error: errorMessage(err, ui) }));
    }
  };

  return (
    <article className="page narrow template-page" aria-labelledby="template-title">
      <p className="back-link">
        {newIncident ? <Link to="/">← {t("backToList")}</Link> : <Link to={`/incidents/${id}`}>← {t("back")}</Link>}
      </p>
      <h1 id="template-title">{newIncident ? t("newIncidentTitle") : t("title")}</h1>
      <p>{newIncident ? t("newIncidentIntro") : t("intro")}</p>
      {mayKeepBank ? (
        <p>
          <Link to="/templates">{t("editTemplates")}</Link>
        </p>
      ) : null}
      {loadError ? (
        <p className="notice notice-error" role="alert">
          {t("loadError")}
        </p>
      ) : null}
      {bank && template ? (
        <form ref={formRef} className="template-form" onSubmit={(e) => void submit(e)} noValidate>
          {formError ? (
            <p className="notice notice-error" role="alert">
              {formError}
            </p>
          ) : null}
          <FormField label={t("scenario")} hint={template.description[lang]}>
            {(control) => (
              <select {...control} name="template" value={templateId} onChange={(e) => choose(bank, e.target.value)}>
                {bank.templates.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.title[lang]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {newIncident ? (
            <>
              <FormField label={t("incidentName")} hint={t("incidentNameHint")}>
                {(control) => (
                  <input
                    {...control}
                    name="incident-title"
                    maxLength={200}
                    value={incidentTitle}
                    onChange={(e) => setIncidentTitle(e.target.value)}
                    disabled={startedId !== null}
                  />
                )}
              </FormField>
              <div className="field">
                <label>
                  <input
                    type="checkbox"
                    name="incident-exercise"
                    checked={exercise}
                    onChange={(e) => setExercise(e.target.checked)}
                    disabled={startedId !== null}
                  />{" "}
                  {t("exercise")}
                </label>
              </div>
            </>
          ) : null}
          <p className="muted template-cap">
            {t("cap", {
              // In words, not CAP's English codes ("Health, Infra", "Moderate", "Immediate").
              categories: template.cap.categories.map((c) => ui(`cap.category.${c}`)).join(", "),
              severity: ui(`cap.severity.${template.cap.severity}`).toLocaleLowerCase(),
              urgency: ui(`cap.urgency.${template.cap.urgency}`).toLocaleLowerCase(),
              hours: template.cap.expiresAfterHours,
            })}
          </p>
          <fieldset className="template-slots">
            <legend>{t("slots")}</legend>
            {template.slots.map((s) => (
              <div key={s.name} className="template-slot">
                <FormField label={s.label[lang]} error={errors[s.name]}>
                  {(control) =>
                    s.kind === "datetime" ? (
                      // Swedish 24-hour form whatever the browser's locale, read as Swedish time.
                      <DateTimeInput
                        {...control}
                        name={`slot-${s.name}`}
                        value={entered[s.name]?.sv ?? ""}
                        onChange={(value) => set(s.name, "sv", value)}
                      />
                    ) : (
                      <input
                        {...control}
                        name={`slot-${s.name}`}
                        type="text"
                        maxLength={500}
                        placeholder={
                          s.kind === "text" && typeof s.example === "string"
                            ? s.example
                            : typeof s.example === "object"
                              ? (s.example.sv ?? "")
                              : undefined
                        }
                        value={entered[s.name]?.sv ?? ""}
                        onChange={(e) => set(s.name, "sv", e.target.value)}
                      />
                    )
                  }
                </FormField>
                {s.translatable ? (
                  <details className="template-translations">
                    <summary>{t("otherLanguages")}</summary>
                    <p className="field-hint">{t("otherLanguagesHint")}</p>
                    {OTHER.map((l) => (
                      <FormField key={l} label={`${s.label[lang]} (${t(`lang.${l}`)})`}>
                        {(control) => (
                          <input
                            {...control}
                            name={`slot-${s.name}-${l}`}
                            maxLength={500}
                            value={entered[s.name]?.[l] ?? ""}
                            onChange={(e) => set(s.name, l, e.target.value)}
                          />
                        )}
                      </FormField>
                    ))}
                  </details>
                ) : null}
              </div>
            ))}
          </fieldset>
          <FormField label={t("language")}>
            {(control) => (
              <select
                {...control}
                name="language"
                value={language}
                onChange={(e) => setLanguage(e.target.value as TemplateLanguage)}
              >
                {TEMPLATE_LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {t(`lang.${l}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <Preview template={template} values={values} language={language} slots={template.slots} />
          <p className="muted template-sources">
            {t("sources")}:{" "}
            {template.sources.map((src, i) => (
              <span key={src}>
                {i > 0 ? ", " : ""}
                <a href={src} target="_blank" rel="noopener noreferrer">
                  {new URL(src).hostname}
                </a>
              </span>
            ))}
          </p>
          <div className="form-actions">
            <Button type="submit" variant="primary" busy={busy}>
              {busy ? t("creating") : t("create")}
            </Button>
          </div>
        </form>
      ) : null}
    </article>
  );
}
