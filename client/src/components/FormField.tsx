import { useId, type ReactNode } from "react";

export interface ControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

interface FormFieldProps {
  label: string;
  error?: string | undefined;
  hint?: string;
  /** Shown after the label, e.g. "(frivilligt)". */
  labelSuffix?: string;
  className?: string;
  /** A fixed id for the control where other code refers to it; otherwise a generated one. */
  id?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A label, the control, an optional hint and the error text, wired together for assistive technology. */
export function FormField({ label, error, hint, labelSuffix, className, id: fixedId, children }: FormFieldProps) {
  const generatedId = useId();
  const id = fixedId ?? generatedId;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={["field", error ? "field-invalid" : "", className ?? ""].filter(Boolean).join(" ")}>
      <label htmlFor={id}>
        {label}
        {labelSuffix ? <span className="field-suffix"> ({labelSuffix})</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

/** A field's error text; the warning sign is decoration, the words are what a screen reader reads. */
export function FieldError({ id, message }: { id: string | undefined; message: string | undefined }) {
  return message ? (
    <p id={id} className="field-error">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  ) : null;
}

/** The form's own error (not tied to a field), announced when it appears. */
export function FormError({ message }: { message: string | null }) {
  return (
    <div role="alert" className={message ? "form-error" : "form-error-empty"}>
      {message}
    </div>
  );
}
