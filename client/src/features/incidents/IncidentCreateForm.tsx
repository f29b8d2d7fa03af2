import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { INCIDENT_SEVERITIES } from "@shared/constants";
import { IncidentCreate, type IncidentSeverity } from "@shared/schemas/incident";
import { nextUpdateProblem } from "@shared/nextUpdate";
import { createIncident } from "../../api/incidents";
import { Button } from "../../components/Button";
import { DateTimeInput } from "../../components/DateTimeInput";
import { FormError, FormField } from "../../components/FormField";
import { fieldError } from "../../components/fieldError";
import { useFormState } from "../../components/useFormState";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { localInputToIso, parseAreas } from "./selectors";
import { serverNow } from "../../store/session/serverClock";

const EMPTY = {
  title: "",
  description: "",
  severity: "moderate" as IncidentSeverity,
  exercise: false,
  areas: "",
  nextUpdate: "",
};

/** Only the title is required; the server defaults the rest (next update in 60 minutes). */
export function IncidentCreateForm() {
  const t = useT();
  const navigate = useNavigate();
  const [values, setValues] = useState(EMPTY);
  const { formRef, busy, fieldErrors, formError, validate, run, refuse, refuseBadTime } = useFormState();
  const set = <K extends keyof typeof EMPTY>(key: K, value: (typeof EMPTY)[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (refuseBadTime()) return;
    const nextUpdateDue = localInputToIso(values.nextUpdate);
    const body = validate(IncidentCreate, {
      title: values.title,
      description: values.description,
      severity: values.severity,
      exercise: values.exercise,
      affectedAreas: parseAreas(values.areas),
      ...(nextUpdateDue ? { nextUpdateDue } : {}),
    });
    if (!body) return;
    // The incident starts when it is created: a promise already passed is refused there, so it is said here first.
    const now = serverNow();
    const problem = nextUpdateDue ? nextUpdateProblem(nextUpdateDue, new Date(now).toISOString(), now) : null;
    if (problem) {
      refuse("nextUpdateDue", t(`error.reason.${problem}`));
      return;
    }
    await run(async () => {
      const incident = await createIncident(body);
      useStore.getState().upsertIncidents([incident]);
      useStore.getState().announce("create.done", { title: incident.title });
      setValues(EMPTY);
      navigate(`/incidents/${incident.id}`);
    });
  };

  return (
    <form ref={formRef} className="card form-card" onSubmit={(e) => void onSubmit(e)} noValidate>
      <h2 id="create-heading">{t("create.title")}</h2>
      <p className="form-intro">{t("create.intro")}</p>
      <FormError message={formError} />
      <FormField label={t("create.titleLabel")} error={fieldErrors.title}>
        {(p) => (
          <input
            {...p}
            name="title"
            value={values.title}
            onChange={(e) => set("title", e.target.value)}
            required
            maxLength={200}
          />
        )}
      </FormField>
      <FormField
        label={t("create.descriptionLabel")}
        labelSuffix={t("common.optional")}
        error={fieldErrors.description}
      >
        {(p) => (
          <textarea
            {...p}
            name="description"
            rows={2}
            value={values.description}
            onChange={(e) => set("description", e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t("create.severityLabel")} error={fieldErrors.severity}>
        {(p) => (
          <select
            {...p}
            name="severity"
            value={values.severity}
            onChange={(e) => set("severity", e.target.value as IncidentSeverity)}
          >
            {INCIDENT_SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`severity.${s}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        label={t("create.areasLabel")}
        labelSuffix={t("common.optional")}
        hint={t("create.areasHint")}
        error={fieldError(fieldErrors, "affectedAreas")}
      >
        {(p) => (
          <textarea
            {...p}
            name="affectedAreas"
            rows={2}
            value={values.areas}
            onChange={(e) => set("areas", e.target.value)}
          />
        )}
      </FormField>
      <FormField
        label={t("create.nextUpdateLabel")}
        labelSuffix={t("common.optional")}
        hint={t("create.nextUpdateHint")}
        error={fieldErrors.nextUpdateDue}
      >
        {(p) => (
          <DateTimeInput {...p} name="nextUpdateDue" value={values.nextUpdate} onChange={(v) => set("nextUpdate", v)} />
        )}
      </FormField>
      <div className="field field-checkbox">
        <input
          id="create-exercise"
          type="checkbox"
          name="exercise"
          checked={values.exercise}
          onChange={(e) => set("exercise", e.target.checked)}
        />
        <label htmlFor="create-exercise">{t("create.exerciseLabel")}</label>
      </div>
      <Button type="submit" variant="primary" busy={busy}>
        {busy ? t("create.submitting") : t("create.submit")}
      </Button>
    </form>
  );
}
