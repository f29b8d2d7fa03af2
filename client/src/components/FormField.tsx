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
  children: (control: ControlProps) => ReactNode;
}

/** A label, the control, an optional hint and the error text, wired together for assistive technology. */
export function FormField({ label, error, hint, labelSuffix, className, children }: FormFieldProps) {
  const id = useId();
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
      {error ? (
        <p id={errorId} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The form's own error (not tied to a field), announced when it appears. */
export function FormError({ message }: { message: string | null }) {
  return (
    <div role="alert" className={message ? "form-error" : "form-error-empty"}>
      {message}
    </div>
  );
}
