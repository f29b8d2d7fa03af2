import { FormField } from "./FormField";

interface SelectFieldProps<V extends string> {
  label: string;
  /** The allowed values, in the order shown (e.g. CLAIM_SEVERITIES). */
  options: readonly V[];
  /** The visible text of one value. */
  optionLabel: (value: V) => string;
  value: V;
  onChange: (value: V) => void;
  error?: string | undefined;
  className?: string;
}

/** A labelled <select> over a fixed list of values: FormField's label, hint and error wiring, typed values. */
export function SelectField<V extends string>({
  label,
  options,
  optionLabel,
  value,
  onChange,
  error,
  className,
}: SelectFieldProps<V>) {
  return (
    <FormField label={label} error={error} className={className}>
      {(p) => (
        <select
          {...p}
          value={value}
          onChange={(e) => {
            // Looked up, not cast: only a value from the list reaches the caller.
            const picked = options.find((o) => o === e.target.value);
            if (picked !== undefined) onChange(picked);
          }}
        >
          {options.map((o) => (
            <option key={o} value={o}>
              {optionLabel(o)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
