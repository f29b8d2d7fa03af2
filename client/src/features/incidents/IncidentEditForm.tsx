import { useState, type FormEvent } from "react";
import { INCIDENT_SEVERITIES } from "@shared/constants";
import { IncidentPatch, type Incident, type IncidentSeverity } from "@shared/schemas/incident";
import { Button } from "../../components/Button";
import { FormError, FormField } from "../../components/FormField";
import { fieldError } from "../../components/fieldError";
import { useFormState } from "../../components/useFormState";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { saveIncident } from "./actions";
import { parseAreas } from "./selectors";

/** Title, description, severity, areas and the exercise flag; saved with the version it was based on. */
export function IncidentEditForm({ incident, onDone }: { incident: Incident; onDone: () => void }) {
  const t = useT();
  const [values, setValues] = useState({
    title: incident.title,
    description: incident.description,
    severity: incident.severity,
    areas: incident.affectedAreas.join("\n"),
    exercise: incident.exercise,
  });
  const { formRef, busy, fieldErrors, formError, validate, run } = useFormState();
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const body = validate(IncidentPatch, {
      title: values.title,
      description: values.description,
      severity: values.severity,
      affectedAreas: parseAreas(values.areas),
      exercise: values.exercise,
      expectedVersion: incident.version,
    });
    if (!body) return;
    const ok = await run(async () => {
      await saveIncident(incident.id, body);
    });
    if (ok) {
      useStore.getState().announce("controls.saved");
      onDone();
    }
  };

  return (
    <form id="incident-edit" ref={formRef} className="edit-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <FormError message={formError} />
      <FormField label={t("incident.title")} error={fieldErrors.title}>
        {(p) => <input {...p} value={values.title} onChange={(e) => set("title", e.target.value)} required />}
      </FormField>
      <FormField label={t("incident.description")} error={fieldErrors.description}>
        {(p) => (
          <textarea {...p} rows={4} value={values.description} onChange={(e) => set("description", e.target.value)} />
        )}
      </FormField>
      <FormField label={t("incident.severity")} error={fieldErrors.severity}>
        {(p) => (
          <select {...p} value={values.severity} onChange={(e) => set("severity", e.target.value as IncidentSeverity)}>
            {INCIDENT_SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`severity.${s}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        label={t("incident.affectedAreas")}
        hint={t("create.areasHint")}
        error={fieldError(fieldErrors, "affectedAreas")}
      >
        {(p) => <textarea {...p} rows={3} value={values.areas} onChange={(e) => set("areas", e.target.value)} />}
      </FormField>
      <div className="field field-checkbox">
        <input
          id="edit-exercise"
          type="checkbox"
          checked={values.exercise}
          onChange={(e) => set("exercise", e.target.checked)}
        />
        <label htmlFor="edit-exercise">{t("create.exerciseLabel")}</label>
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy}>
          {t("controls.saveEdit")}
        </Button>
        <Button variant="quiet" onClick={onDone}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
