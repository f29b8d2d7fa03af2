import type { ChecklistResult, GateDecision } from "../../../shared/index.js";
import { allFindings, summariseResult } from "../../../shared/checklist/index.js";
import { PRINCIPLES } from "../../../shared/checklist/constants.js";

/** The gate's verdict is part of the API contract (GET /api/bulletins/:id/gate): its schema is in shared/schemas/bulletin.ts. */
export type { GateDecision };

export const DEFAULT_PUBLISH_THRESHOLD = 70; // overall checklist score below which publishing needs a reason
const MAX_WARNINGS_SHOWN = 5;

/** The badge figures of a result (shared with the console's live score). */
export const summarise = summariseResult;

/**
 * Pure: may this be published without a written reason? One verdict with the checklist: no principle fails (an
 * error finding or a score under the fail mark), the overall score reaches the threshold, and nothing is stale.
 */
export function evaluateGate(result: ChecklistResult, stale: boolean, threshold: number): GateDecision {
  const findings = allFindings(result);
  const errors = findings.filter((f) => f.severity === "error");
  const failing = PRINCIPLES.filter((p) => result[p].status === "fail");
  // "Fails: Aktiv" with no error listed told the lead nothing: a principle can fail on warnings' deductions alone.
  const lowScore = result.overall < threshold;
  const warnings = findings
    .filter((f) => f.severity === "warn" && f.deduction > 0 && (lowScore || failing.includes(f.principle)))
    .sort((a, b) => b.deduction - a.deduction)
    .slice(0, MAX_WARNINGS_SHOWN);
  const score = summarise(result);
  return {
    passed: failing.length === 0 && result.overall >= threshold && !stale,
    score,
    threshold,
    stale,
    failing,
    errors,
    warnings,
  };
}
