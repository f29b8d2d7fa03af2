import { useCallback, useEffect, useRef, useState } from "react";
import type { z } from "zod";
import { fieldErrorsFromZod, splitApiError, type FieldErrors } from "../i18n/errors";
import { ApiError } from "../api/http";
import { refuseBadDateTime } from "./DateTimeInput";
import { useT } from "../i18n/useT";
import { useStore } from "../store";

/** Where an error goes and in what words (see splitApiError). */
export type DescribedError = ReturnType<typeof splitApiError>;

/**
 * Busy flag, field errors and the form error for one form. `validate` checks input with the shared
 * schema before sending; `run` maps an API error to the field it names, or to the form, and ignores a second submit
 * while the first is still on its way (resolving false). A form whose server names reasons of its own passes
 * `describe` to say them in the UI language; what it returns undefined for goes the common way.
 */
export function useFormState() {
  const t = useT();
  const formRef = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  // A second Enter while the first is on its way saved one call as two inquiries: `busy` disables the button only
  // after a render, and keys reach the form before it.
  const inFlight = useRef(false);
  // "Servern svarar inte" is about the connection, not the form: once the console is connected again it is no
  // longer true, and left on screen it tells the user their next try will fail too.
  const networkError = useRef(false);
  const online = useStore((s) => s.connection === "online");
  useEffect(() => {
    if (!online || !networkError.current) return;
    networkError.current = false;
    setFormError(null);
  }, [online]);

  // After a failed submit, put the keyboard on the first field that needs attention.
  useEffect(() => {
    if (focusTick === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusTick]);

  const validate = useCallback(
    <S extends z.ZodType>(schema: S, value: unknown): z.output<S> | null => {
      const result = schema.safeParse(value);
      if (result.success) return result.data;
      setFieldErrors(fieldErrorsFromZod(result.error, t));
      setFocusTick((n) => n + 1);
      return null;
    },
    [t],
  );

  const run = useCallback(
    async (action: () => Promise<void>, describe?: (err: unknown) => DescribedError | undefined): Promise<boolean> => {
      if (inFlight.current) return false;
      inFlight.current = true;
      setBusy(true);
      setFieldErrors({});
      setFormError(null);
      try {
        await action();
        return true;
      } catch (err) {
        const split = describe?.(err) ?? splitApiError(err, t);
        if (split.field) setFieldErrors({ [split.field]: split.fieldMessage ?? "" });
        else setFormError(split.formMessage ?? null);
        networkError.current = err instanceof ApiError && err.code === "network";
        setFocusTick((n) => n + 1);
        return false;
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
    [t],
  );

  /** A rule the console checks before sending (the server's own, from shared/), said at the field it concerns. */
  const refuse = useCallback((field: string, message: string) => {
    setFieldErrors({ [field]: message });
    setFormError(null);
    setFocusTick((n) => n + 1);
  }, []);

  /**
   * Stops a submit while a date and time field of the form holds text that is no date and time (refuseBadDateTime),
   * with focus on it. The errors of the submit before are cleared: validation does not run, and they stayed beside
   * fields put right since (a filled Text still said "Fältet måste fyllas i." next to the time's own line).
   */
  const refuseBadTime = useCallback((): boolean => {
    if (!refuseBadDateTime(formRef.current)) return false;
    setFieldErrors({});
    setFormError(null);
    return true;
  }, []);

  const reset = useCallback(() => {
    setFieldErrors({});
    setFormError(null);
  }, []);

  return { formRef, busy, fieldErrors, formError, validate, run, refuse, refuseBadTime, reset };
}
