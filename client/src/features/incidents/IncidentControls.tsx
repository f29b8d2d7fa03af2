import { useState, type FormEvent } from "react";
import { INCIDENT_STATUSES } from "@shared/constants";
import type { Incident, IncidentStatus } from "@shared/schemas/incident";
import { nextUpdateProblem } from "@shared/nextUpdate";
import { Button } from "../../components/Button";
import { DateTimeInput } from "../../components/DateTimeInput";
import { focusWhenLost } from "../../components/focusWhenLost";
import { FormError, FormField } from "../../components/FormField";
import { useFormState } from "../../components/useFormState";
import { toDateTimeLocalValue } from "../../i18n/format";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { saveIncident } from "./actions";
import { IncidentEditForm } from "./IncidentEditForm";
import { localInputToIso } from "./selectors";
import { serverNow } from "../../store/session/serverClock";

const QUICK_MINUTES = [15, 30, 60] as const;
const NEXT_UPDATE_ID = "incident-next-update";
const EDIT_TOGGLE_ID = "incident-edit-toggle";

/** Status, the promised next update and the incident's details, for lead and admin. */
export function IncidentControls({ incident }: { incident: Incident }) {
  const t = useT();
  const [status, setStatus] = useState<IncidentStatus>(incident.status);
  const [nextUpdate, setNextUpdate] = useState(
    incident.nextUpdateDue ? toDateTimeLocalValue(incident.nextUpdateDue) : "",
  );
  const [editing, setEditing] = useState(false);
  // When someone else changes the incident, the controls follow (React's "adjust state on prop change").
  const [seen, setSeen] = useState({ status: incident.status, due: incident.nextUpdateDue });
  if (seen.status !== incident.status || seen.due !== incident.nextUpdateDue) {
    setSeen({ status: incident.status, due: incident.nextUpdateDue });
    setStatus(incident.status);
    setNextUpdate(incident.nextUpdateDue ? toDateTimeLocalValue(incident.nextUpdateDue) : "");
  }
  const statusForm = useFormState();
  const timeForm = useFormState();

  const saveStatus = (e: FormEvent) => {
    e.preventDefault();
    void statusForm.run(async () => {
      await saveIncident(incident.id, { status });
      useStore.getState().announce("controls.saved");
    });
  };

  const saveNextUpdate = (iso: string | null) =>
    void timeForm.run(async () => {
      const saved = await saveIncident(incident.id, { nextUpdateDue: iso });
      setNextUpdate(saved.nextUpdateDue ? toDateTimeLocalValue(saved.nextUpdateDue) : "");
      useStore.getState().announce("controls.saved");
    });

  return (
    <section className="card controls" aria-labelledby="controls-heading">
      <h2 id="controls-heading">{t("controls.title")}</h2>

      <form ref={statusForm.formRef} onSubmit={saveStatus} className="inline-form">
        <FormError message={statusForm.formError} />
        <FormField label={t("controls.status")} error={statusForm.fieldErrors.status}>
          {(p) => (
            <select {...p} value={status} onChange={(e) => setStatus(e.target.value as IncidentStatus)}>
              {INCIDENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <Button type="submit" busy={statusForm.busy} unavailable={status === incident.status}>
          {t("controls.saveStatus")}
        </Button>
      </form>

      <form
        ref={timeForm.formRef}
        onSubmit={(e) => {
          e.preventDefault();
          if (timeForm.refuseBadTime()) return;
          const iso = localInputToIso(nextUpdate);
          // The server's rule, said at the field before asking: 2020-01-01 made every console announce "försenad 2531 d".
          const problem = iso ? nextUpdateProblem(iso, incident.startedAt, serverNow()) : null;
          if (problem) timeForm.refuse("nextUpdateDue", t(`error.reason.${problem}`));
          else saveNextUpdate(iso);
        }}
      >
        <FormError message={timeForm.formError} />
        <div className="quick-times" role="group" aria-label={t("controls.quickLabel")}>
          {QUICK_MINUTES.map((minutes) => (
            <Button
              key={minutes}
              busy={timeForm.busy}
              onClick={() => saveNextUpdate(new Date(serverNow() + minutes * 60_000).toISOString())}
            >
              {t("controls.inMinutes", { minutes })}
            </Button>
          ))}
        </div>
        <div className="inline-form">
          <FormField id={NEXT_UPDATE_ID} label={t("controls.nextUpdate")} error={timeForm.fieldErrors.nextUpdateDue}>
            {(p) => <DateTimeInput {...p} value={nextUpdate} onChange={setNextUpdate} />}
          </FormField>
          <Button type="submit" busy={timeForm.busy} disabled={!nextUpdate}>
            {t("controls.saveNextUpdate")}
          </Button>
        </div>
        {incident.nextUpdateDue ? (
          <Button
            variant="quiet"
            busy={timeForm.busy}
            onClick={() => {
              focusWhenLost([NEXT_UPDATE_ID]); // the button goes with the promise it removes
              saveNextUpdate(null);
            }}
          >
            {t("controls.clearNextUpdate")}
          </Button>
        ) : null}
      </form>

      <div className="edit-toggle">
        <Button
          id={EDIT_TOGGLE_ID}
          aria-expanded={editing}
          aria-controls="incident-edit"
          onClick={() => setEditing((v) => !v)}
        >
          {editing ? t("controls.editClose") : t("controls.edit")}
        </Button>
      </div>
      {editing ? (
        <IncidentEditForm
          incident={incident}
          onDone={() => {
            focusWhenLost([EDIT_TOGGLE_ID]); // saved or cancelled, the form goes: back to the button that opened it
            setEditing(false);
          }}
        />
      ) : null}
    </section>
  );
}
