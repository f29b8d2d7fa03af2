import type { ClaimReach } from "../../../../shared/schemas/claim";

export const CALLERS_MAX = 10_000;

/**
 * How far a rumour has spread, judged from the calls about it (docs/api.md: reach is an ordinal estimate, not a
 * count). A single caller may be alone in hearing it; a handful means it circulates; ten or more, it is widespread.
 */
export function reachFromCallers(callers: number): ClaimReach {
  if (callers >= 10) return "high";
  if (callers >= 3) return "medium";
  return "low";
}
