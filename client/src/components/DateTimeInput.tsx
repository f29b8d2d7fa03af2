import { useId, type InputHTMLAttributes } from "react";
import { useT } from "../i18n/useT";
import { useTypedValue } from "./useTypedValue";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "type"> & {
  /** Local date and time as an `<input type="datetime-local">` holds it ("2026-12-03T14:30"), or "". */
  value: string;
  /** The new value in the same form, or "" while the text is empty or not a whole date and time yet. */
  onChange: (value: string) => void;
};

const TYPED = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:\s+|T)(\d{1,2})[:.](\d{2})\s*$/;
const pad = (n: string) => n.padStart(2, "0");

/** "2026-12-3 9.05" → "2026-12-03T09:05"; null when it is not a real date and time. */
export function parseTypedDateTime(text: string): string | null {
  const m = TYPED.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m as unknown as [string, string, string, string, string, string];
  const value = `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${mi}`;
  const date = new Date(`${value}:00`);
  // new Date rolls 2026-02-31 over to March: the parts must survive the round trip.
  if (
    Number.isNaN(date.getTime()) ||
    date.getMonth() + 1 !== Number(mo) ||
    date.getDate() !== Number(d) ||
    Number(h) > 23
  )
    return null;
  return value;
}

const shown = (value: string) => value.replace("T", " ");

/**
 * A date and time typed in the Swedish 24-hour form "ÅÅÅÅ-MM-DD TT:MM" whatever the browser's locale: the native
 * datetime-local input follows the browser (AM/PM and month-first dates in an English browser), which a crisis
 * team writing Swedish times must not have to translate.
 */
export function DateTimeInput({ value, onChange, className, ...rest }: Props) {
  const t = useT();
  const formatId = useId();
  const { text, bad, type } = useTypedValue(value, onChange, parseTypedDateTime, shown);
  const describedBy = [rest["aria-describedby"], formatId].filter(Boolean).join(" ");
  return (
    <>
      <input
        {...rest}
        type="text"
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        className={["datetime-input", className ?? ""].filter(Boolean).join(" ")}
        placeholder={t("datetime.placeholder")}
        aria-invalid={rest["aria-invalid"] ?? (bad ? true : undefined)}
        data-unparsed={bad ? "true" : undefined}
        aria-describedby={describedBy}
        value={text}
        onChange={(e) => type(e.target.value)}
      />
      <span id={formatId} className={bad ? "datetime-format datetime-format-bad" : "datetime-format"}>
        {bad ? t("datetime.bad") : t("datetime.format")}
      </span>
    </>
  );
}

/**
 * On submit: a date and time field of the form whose text is no date and time. The field emits "" then, which a form
 * cannot tell from an empty field, so "imorgon 14" as the next update was dropped without a word and the default
 * used. Focuses the field (its own line says what to write) and returns true, for the form to stop.
 */
export function refuseBadDateTime(form: EventTarget | null): boolean {
  if (!(form instanceof HTMLElement)) return false;
  // Its own mark, not aria-invalid: a server's error on a well-formed time sets that too, and must not block a retry.
  const bad = form.querySelector<HTMLInputElement>('input.datetime-input[data-unparsed="true"]');
  if (!bad) return false;
  // A field in a closed <details> (the bulletin's "Gäller till") cannot take focus: the refusal would point nowhere.
  const folded = bad.closest("details");
  if (folded) folded.open = true;
  bad.focus();
  return true;
}
