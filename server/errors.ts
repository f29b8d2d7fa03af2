import type { z } from "zod";

/** Stable error codes; docs/api.md lists them. Clients switch on the code, never on the message. */
export const ERROR_STATUS = {
  validation: 400,
  bad_json: 400,
  unauthenticated: 401,
  bad_credentials: 401,
  forbidden: 403,
  cross_origin: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  /** A correction whose claim's refuting facts changed: held until the desk confirms them (review and staleness). */
  correction_held: 409,
  /** A console of another event-protocol version (socket `sync`): it should reload. */
  protocol: 426,
  reason_required: 422,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status: number = ERROR_STATUS[code],
    readonly field?: string,
    /** Extra fields for the error body, e.g. `current` on a version conflict. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string) => new AppError("not_found", `${what} not found`);
export const forbidden = () => new AppError("forbidden", "Your role may not do this");
export const unauthenticated = () => new AppError("unauthenticated", "Sign in first");
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new AppError("conflict", message, 409, undefined, details);

/**
 * A date or time that is none ("2026-02-30", "igår"): its field's schema is a date or an ISO time, or a union of
 * them (a report period's day or time).
 */
function isDateIssue(issue: z.core.$ZodIssue): boolean {
  if (issue.code === "invalid_union")
    return issue.errors.length > 0 && issue.errors.every((branch) => branch.length > 0 && branch.every(isDateIssue));
  return issue.code === "invalid_format" && (issue.format === "date" || issue.format === "datetime");
}

/**
 * The first zod issue becomes a 400 naming the field by its dot path (e.g. `affectedAreas.0`). A date that is none
 * carries `reason: "invalid_date"`: the message is English for developers, and a console says it in its language.
 */
export function validationError(error: z.ZodError, prefix?: string): AppError {
  const issue = error.issues[0];
  if (!issue) return new AppError("validation", "Invalid input");
  const path = [...(prefix ? [prefix] : []), ...issue.path.map(String)].join(".");
  const why = isDateIssue(issue) ? { reason: "invalid_date" } : undefined;
  return new AppError("validation", path ? `${path}: ${issue.message}` : issue.message, 400, path || undefined, why);
}

/** Wire shape of an error, shared by REST bodies and socket acks. */
export function errorBody(err: AppError): { code: string; message: string; field?: string } & Record<string, unknown> {
  return {
    ...err.details,
    code: err.code,
    message: err.message,
    ...(err.field !== undefined ? { field: err.field } : {}),
  };
}
