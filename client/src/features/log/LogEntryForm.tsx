import { useEffect, useRef, useState, type FormEvent } from "react";
import { LogEntryCreate, type LogEntryKind } from "@shared/schemas/log";
import { addLogEntry, type LogEntryItem } from "../../api/log";
import { Button } from "../../components/Button";
import { DateTimeInput } from "../../components/DateTimeInput";
import { FormError, FormField } from "../../components/FormField";
import { useFormState } from "../../components/useFormState";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { localInputToIso } from "../incidents/selectors";

const MANUAL_KINDS: LogEntryKind[] = ["decision", "note", "call"];

interface Props {
  incidentId: string;
  /** When set, the form writes a correction of this entry; the entry itself stays as it was. */
  correcting: LogEntryItem | null;
  /** After a save (`saved`) or a cancelled correction. */
  onDone: (saved: boolean) => void;
}

/** The entry text's id: focus comes back to it once a correction is saved. */
export const LOG_TEXT_ID = "log-entry-text";

export function LogEntryForm({ incidentId, correcting, onDone }: Props) {
  const t = useT();
  const [kind, setKind] = useState<LogEntryKind>("note");
  const [text, setText] = useState("");
  const [counterpart, setCounterpart] = useState("");
  const [occurredAt, setOccurredAt] = useState("");
  const textRef = useRef<HTMLTextAreaElement>(null);
  const { formRef, busy, fieldErrors, formError, validate, run, refuseBadTime } = useFormState();
  const effectiveKind: LogEntryKind = correcting ? "correction" : kind;
  const showCounterpart = effectiveKind === "call" || effectiveKind === "decision";

  useEffect(() => {
    if (correcting) textRef.current?.focus();
  }, [correcting]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (refuseBadTime()) return;
    const occurred = localInputToIso(occurredAt);
    const body = validate(LogEntryCreate, {
      kind: effectiveKind,
      text,
      counterpart: showCounterpart && counterpart.trim() ? counterpart : null,
      refersTo: correcting?.id ?? null,
      ...(occurred ? { occurredAt: occurred } : {}),
    });
    if (!body) return;
    const ok = await run(async () => {
      const entry = await addLogEntry(incidentId, body);
      useStore.getState().mergeLogItems(incidentId, [{ ...entry, source: "entry" }]);
    });
    if (ok) {
      setText("");
      setCounterpart("");
      setOccurredAt("");
      onDone(true);
    }
  };

  return (
    <form
      ref={formRef}
      className="log-form"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-labelledby="log-form-heading"
    >
      <h3 id="log-form-heading">{correcting ? t("logForm.correctTitle") : t("logForm.title")}</h3>
      {correcting ? <p className="notice notice-info">{t("logForm.correcting", { text: correcting.text })}</p> : null}
      <FormError message={formError} />
      <FormField id={LOG_TEXT_ID} label={t("logForm.text")} error={fieldErrors.text ?? fieldErrors.refersTo}>
        {(p) => (
          <textarea {...p} ref={textRef} rows={2} value={text} onChange={(e) => setText(e.target.value)} required />
        )}
      </FormField>
      <div className="log-form-row">
        {correcting ? null : (
          <FormField label={t("logForm.kind")} error={fieldErrors.kind} className="field-kind">
            {(p) => (
              <select {...p} value={kind} onChange={(e) => setKind(e.target.value as LogEntryKind)}>
                {MANUAL_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`log.kind.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        {showCounterpart ? (
          <FormField
            label={effectiveKind === "call" ? t("logForm.counterpart") : t("logForm.decisionMaker")}
            labelSuffix={t("common.optional")}
            error={fieldErrors.counterpart}
            className="field-grow"
          >
            {(p) => (
              <input {...p} value={counterpart} onChange={(e) => setCounterpart(e.target.value)} maxLength={200} />
            )}
          </FormField>
        ) : null}
        <FormField
          label={t("logForm.occurredAt")}
          labelSuffix={t("common.optional")}
          error={fieldErrors.occurredAt}
          className="field-time"
        >
          {(p) => <DateTimeInput {...p} value={occurredAt} onChange={setOccurredAt} />}
        </FormField>
        <div className="form-actions log-form-actions">
          <Button type="submit" variant="primary" busy={busy}>
            {correcting ? t("logForm.submitCorrection") : t("logForm.submit")}
          </Button>
          {correcting ? (
            <Button variant="quiet" onClick={() => onDone(false)}>
              {t("logForm.cancel")}
            </Button>
          ) : null}
        </div>
      </div>
    </form>
  );
}
