import type { FieldErrors } from "../i18n/errors";

/** The error for a field or any part of it (`affectedAreas` also matches `affectedAreas.2`). */
export function fieldError(errors: FieldErrors, name: string): string | undefined {
  if (errors[name]) return errors[name];
  const key = Object.keys(errors).find((k) => k.startsWith(`${name}.`));
  return key ? errors[key] : undefined;
}
