import { INQUIRY_LIMITS } from "../../shared/schemas/inquiry.js";
import { AppError } from "../errors.js";
import { toIso } from "./context.js";

/**
 * A time something already happened (a log entry's "Tidpunkt", a rumour's "Först sett") as ISO, refused when it lies
 * ahead of the server's clock by more than a drifting client clock explains: a typo of 2027 for 2026 otherwise sat at
 * the top of the incident log for good, above every real entry, and went into its export. The 400 carries
 * `reason: "future"`, which the console says in its own language at the field.
 */
export function pastTime(value: string, field: string, now: Date = new Date()): string {
  const iso = toIso(value);
  if (Date.parse(iso) - now.getTime() > INQUIRY_LIMITS.clockSkewSeconds * 1000) {
    throw new AppError("validation", `${field}: lies in the future; give the time it happened`, 400, field, {
      reason: "future",
    });
  }
  return iso;
}
