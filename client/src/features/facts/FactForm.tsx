import { useState, type FormEvent } from "react";
import { FACT_LIMITS, FactStatus, type Fact } from "@shared/schemas/fact";
import { FACT_STATUSES } from "@shared/checklist/constants";
import { Button } from "../../components/Button";
import { FormError, FormField } from "../../components/FormField";
import { useT } from "../../i18n/useT";
import type { FieldErrors } from "../../i18n/errors";

export interface FactFormValues {
  statement: string;
  source: string;
  status: FactStatus;
}

interface FactFormProps {
  label: string;
  submitLabel: string;
  initial?: Pick<Fact, "statement" | "source" | "status">;
  busy: boolean;
  fieldErrors: FieldErrors;
  formError: string | null;
  formRef?: React.RefObject<HTMLFormElement | null>;
  onSubmit: (values: FactFormValues) => void;
  onCancel?: () => void;
  /** Every change of the values (an editor tells from it whether it holds unsaved text). */
  onChange?: (values: FactFormValues) => void;
}

/** Statement, source and status: the same form for registering and for changing a fact. */
export function FactForm({
  label,
  submitLabel,
  initial,
  busy,
  fieldErrors,
  formError,
  formRef,
  onSubmit,
  onCancel,
  onChange,
}: FactFormProps) {
  const t = useT();
  const [values, setValuesState] = useState<FactFormValues>({
    statement: initial?.statement ?? "",
    source: initial?.source ?? "",
    status: initial?.status ?? "confirmed",
  });
  const setValues = (next: FactFormValues) => {
    setValuesState(next);
    onChange?.(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(values);
  };
  return (
    <form ref={formRef} className="fact-form" aria-label={label} onSubmit={submit} noValidate>
      <FormError message={formError} />
      <FormField label={t("facts.statement")} error={fieldErrors.statement}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={FACT_LIMITS.statementMax}
            value={values.statement}
            onChange={(e) => setValues({ ...values, statement: e.target.value })}
            autoFocus
          />
        )}
      </FormField>
      <div className="fact-form-row">
        <FormField label={t("facts.source")} hint={t("facts.sourceHint")} error={fieldErrors.source}>
          {(control) => (
            <input
              {...control}
              maxLength={FACT_LIMITS.sourceMax}
              value={values.source}
              onChange={(e) => setValues({ ...values, source: e.target.value })}
            />
          )}
        </FormField>
        <FormField label={t("facts.status")} error={fieldErrors.status}>
          {(control) => (
            <select
              {...control}
              value={values.status}
              onChange={(e) => setValues({ ...values, status: FactStatus.parse(e.target.value) })}
            >
              {FACT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`facts.status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy}>
          {submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{t("common.cancel")}</Button> : null}
      </div>
    </form>
  );
}
