import { useId, type InputHTMLAttributes, type Ref } from "react";
import { format, isValid, parse } from "date-fns";
import { formatLongDay } from "../i18n/format";
import { useLanguage, useT } from "../i18n/useT";
import { useTypedValue } from "./useTypedValue";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "type"> & {
  /** A calendar day as `<input type="date">` holds it ("2026-11-30"), or "". */
  value: string;
  /** The new value in the same form, or "" while the text is empty or not a whole date yet. */
  onChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
};

const TYPED = /^\s*\d{4}-\d{1,2}-\d{1,2}\s*$/;

/** "2026-11-3" → "2026-11-03"; null when it is not a day of the calendar ("2026-02-31", "11/30/2026"). */
export function parseTypedDay(text: string): string | null {
  if (!TYPED.test(text)) return null;
  const day = parse(text.trim(), "yyyy-M-d", new Date(2000, 0, 1));
  return isValid(day) ? format(day, "yyyy-MM-dd") : null;
}

/**
 * A date typed as ÅÅÅÅ-MM-DD, as Swedish authorities write it, whatever the browser's locale: the native date input
 * follows the browser, and a Swedish committee's period showed as 11/30/2026 in an English one. The line under it
 * says the format, then the chosen day spelled out ("måndag 30 november 2026"), or what to write while the text is
 * no date; the input is marked invalid then.
 */
export function DateInput({ value, onChange, className, ...rest }: Props) {
  const t = useT();
  const lang = useLanguage();
  const formatId = useId();
  const { text, parsed, bad, type } = useTypedValue(value, onChange, parseTypedDay);
  const describedBy = [rest["aria-describedby"], formatId].filter(Boolean).join(" ");
  return (
    <>
      <input
        {...rest}
        type="text"
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        className={["date-input", className ?? ""].filter(Boolean).join(" ")}
        placeholder={t("date.placeholder")}
        aria-invalid={rest["aria-invalid"] ?? (bad ? true : undefined)}
        data-unparsed={bad ? "true" : undefined}
        aria-describedby={describedBy}
        value={text}
        onChange={(e) => type(e.target.value)}
      />
      <span id={formatId} className={bad ? "datetime-format datetime-format-bad" : "datetime-format"}>
        {bad ? t("date.bad") : parsed ? t("date.chosen", { day: formatLongDay(parsed, lang) }) : t("date.format")}
      </span>
    </>
  );
}

/**
 * On submit: a date field of the form whose text is no date (it emits "", which the form cannot tell from an empty
 * field). Focuses it (its own line says what to write) and returns true, for the form to stop.
 */
export function refuseBadDate(form: EventTarget | null): boolean {
  if (!(form instanceof HTMLElement)) return false;
  const bad = form.querySelector<HTMLInputElement>('input.date-input[data-unparsed="true"]');
  bad?.focus();
  return bad !== null;
}
