import type { z } from "zod";
import { ApiError } from "../api/http";
import type { MessageKey, Translate } from "./index";

/** A failed request as a sentence for the user: known codes in the UI language, else the server's own words. */
export function errorMessage(err: unknown, t: Translate): string {
  if (!(err instanceof ApiError))
    return t("error.unknown", { message: err instanceof Error ? err.message : String(err) });
  const because = reasonMessage(err, t);
  if (because) return because;
  switch (err.code) {
    case "bad_credentials":
      return t("error.bad_credentials");
    case "rate_limited":
      // Sign-in waits start at a few seconds (the throttle doubles them), so short ones are said in seconds.
      if (!err.retryAfterSeconds) return t("error.rate_limited");
      return err.retryAfterSeconds < 60
        ? t("error.rate_limited_retry_seconds", { seconds: Math.ceil(err.retryAfterSeconds) })
        : t("error.rate_limited_retry", { minutes: Math.ceil(err.retryAfterSeconds / 60) });
    case "forbidden":
      return t("error.forbidden");
    case "not_found":
      return t("error.not_found");
    case "conflict":
      return t("error.conflict");
    case "invalid_transition":
      return t("error.invalid_transition");
    case "reason_required":
      return t("error.reason_required");
    case "unauthenticated":
      return t("error.unauthenticated");
    case "protocol":
      return t("error.protocol");
    case "too_large":
      return t("error.too_large");
    case "cross_origin":
    case "bad_json":
    case "unsupported_media_type":
      // The console itself sent something the server cannot take: nothing the user typed, so a reload is the cure.
      return t("error.client_request");
    case "correction_held":
      return t("errors.correction_held");
    case "network":
      return t("error.network");
    case "internal":
      return t("error.internal");
    default:
      return err.message || t("error.unknown", { message: err.code });
  }
}

export type FieldErrors = Record<string, string>;

/**
 * What a field expects, for a value that has the wrong form: "Ogiltigt värde." told an agent nothing about a callback
 * number "abc" or an empty unit to forward to. Keyed by the field's last path segment.
 */
const FIELD_HINTS: Partial<Record<string, MessageKey>> = {
  username: "error.field.username",
  callbackNumber: "error.field.callbackNumber",
  forwardedTo: "error.field.forwardedTo",
  link: "error.field.link",
};

function hintFor(path: readonly PropertyKey[], t: Translate): string {
  const key = FIELD_HINTS[String(path[path.length - 1] ?? "")];
  return key ? t(key) : t("error.invalid");
}

/** The server's password rules (details.reason of its 400), said in the UI language instead of its English. */
const PASSWORD_REASONS: Record<string, MessageKey> = {
  too_short: "error.password.too_short",
  contains_username: "error.password.contains_username",
  common: "error.password.common",
};

/**
 * Rules the server names in `details.reason` of a 400 whatever the field (docs/api.md "Errors"): its message is
 * English for developers, so the console says these in its own language.
 */
const REASONS: Record<string, MessageKey> = {
  future: "error.reason.future",
  clock_ahead: "error.reason.clock_ahead",
  reversed_range: "error.reason.reversed_range",
  range_too_long: "error.reason.range_too_long",
  past: "error.reason.past",
  before_start: "error.reason.before_start",
  required_for_publish: "error.reason.required_for_publish",
  not_assignable: "error.reason.not_assignable",
  // A correction sent to the contact centre's FAQ (409): said as what it is, not as someone else's edit.
  not_correction: "error.reason.not_correction",
  not_published: "error.reason.not_published",
  retracted: "error.reason.retracted",
  // Demoting or disabling the last active admin (409): no one else's edit, a rule.
  last_admin: "error.reason.last_admin",
};

/** Fields a refused date is named by where the message stands apart from its field (a report's error line). */
const DATE_FIELD_NAMES: Partial<Record<string, MessageKey>> = {
  from: "reports.period.from",
  to: "reports.period.to",
};

/**
 * Texts a bulletin must have before review, named as the editor labels them: the refusal stands in the workflow bar,
 * away from the field, so it has to say which one.
 */
const REVIEW_FIELD_NAMES: Partial<Record<string, MessageKey>> = {
  headline: "editor.headline",
  body: "editor.body",
};

/** The server's reason for a refusal in the UI language, when it gives one the console knows. */
export function reasonMessage(err: ApiError, t: Translate): string | undefined {
  const reason = String(err.details.reason);
  if (reason === "invalid_date") {
    const name = DATE_FIELD_NAMES[err.field ?? ""];
    return name ? t("error.reason.invalid_date_field", { field: t(name) }) : t("error.reason.invalid_date");
  }
  if (reason === "required_for_review") {
    const name = REVIEW_FIELD_NAMES[err.field ?? ""];
    return name
      ? t("error.reason.required_for_review_field", { field: t(name) })
      : t("error.reason.required_for_review");
  }
  const key = err.field === "password" ? PASSWORD_REASONS[reason] : REASONS[reason];
  if (!key) return undefined;
  return typeof err.details.maxDays === "number" ? t(key, { max: err.details.maxDays }) : t(key);
}

/** The first problem per field from a zod validation in the UI language, keyed by dot path. */
export function fieldErrorsFromZod(error: z.ZodError, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".");
    if (errors[field]) continue;
    if (issue.code === "too_small") {
      const min = Number(issue.minimum);
      errors[field] = min <= 1 ? t("error.required") : t("error.tooShort", { min });
    } else if (issue.code === "too_big") {
      errors[field] = t("error.tooLong", { max: Number(issue.maximum) });
    } else {
      errors[field] = hintFor(issue.path, t);
    }
  }
  return errors;
}

/** A server's 400 that names a field goes next to that field; everything else to the form. */
export function splitApiError(
  err: unknown,
  t: Translate,
): { field?: string; fieldMessage?: string; formMessage?: string } {
  if (err instanceof ApiError && err.field) {
    return {
      field: err.field,
      fieldMessage: err.code === "conflict" ? t("error.taken") : (reasonMessage(err, t) ?? err.message),
    };
  }
  return { formMessage: errorMessage(err, t) };
}
