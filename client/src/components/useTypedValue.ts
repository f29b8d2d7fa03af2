import { useEffect, useRef, useState } from "react";

const asIs = (value: string): string => value;

export interface TypedValue {
  /** What the field shows: the text as she typed it. */
  text: string;
  /** The value the text stands for, "" for an empty text, null while the text is no value. */
  parsed: string | null;
  /** The text is neither empty nor a value: the field says what to write and is marked invalid. */
  bad: boolean;
  /** The field's new text: kept as typed, and its value ("" while empty or no value yet) given to `onChange`. */
  type: (text: string) => void;
}

/**
 * The typed text behind a field whose value has a fixed form (a day, a date and time): the text stays as she types
 * it ("2026-11-3") while the form gets the parsed value. A value set from outside (a reset, a prefill) replaces the
 * text, shown through `show`; the field's own emissions do not, or the text would jump under her cursor.
 * `parse` and `show` are module-level functions (the effect reads them once per value).
 */
export function useTypedValue(
  value: string,
  onChange: (value: string) => void,
  parse: (text: string) => string | null,
  show: (value: string) => string = asIs,
): TypedValue {
  const [text, setText] = useState(() => show(value));
  const emitted = useRef(value);
  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value;
      setText(show(value));
    }
  }, [value, show]);
  const parsed = text.trim() === "" ? "" : parse(text);
  return {
    text,
    parsed,
    bad: parsed === null,
    type: (next) => {
      setText(next);
      const value = next.trim() === "" ? "" : (parse(next) ?? "");
      emitted.current = value;
      onChange(value);
    },
  };
}
