import { memo, useId, type ReactNode } from "react";

interface CheckboxGroupProps<T extends string> {
  legend: string;
  hint?: string;
  options: readonly T[];
  selected: readonly T[];
  labelOf: (value: T) => ReactNode;
  onChange: (next: T[]) => void;
  disabled?: boolean;
}

/** A fieldset of checkboxes that keeps the selection in the options' order. */
function CheckboxGroupInner<T extends string>({
  legend,
  hint,
  options,
  selected,
  labelOf,
  onChange,
  disabled,
}: CheckboxGroupProps<T>) {
  const id = useId();
  const toggle = (value: T, on: boolean) => onChange(options.filter((o) => (o === value ? on : selected.includes(o))));
  return (
    <fieldset className="checkbox-group" aria-describedby={hint ? `${id}-hint` : undefined} disabled={disabled}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      <div className="checkbox-options">
        {options.map((o) => (
          <label key={o} className="checkbox-option">
            <input type="checkbox" checked={selected.includes(o)} onChange={(e) => toggle(o, e.target.checked)} />
            <span>{labelOf(o)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export const CheckboxGroup = memo(CheckboxGroupInner) as typeof CheckboxGroupInner;
