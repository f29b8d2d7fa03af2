import type { ChecklistFinding, ChecklistResult, ScoreSummary } from "../../../shared/index.js";
import { allFindings } from "../../../shared/checklist/index.js";
import { PRINCIPLES, type Principle } from "../../../shared/checklist/constants.js";

export const DEFAULT_PUBLISH_THRESHOLD = 70; // overall checklist score below which publishing needs a reason

export function summarise(result: ChecklistResult): ScoreSummary {
  const findings = allFindings(result);
  return {
    overall: result.overall,
    status: result.status,
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warn").length,
  };
}

export interface GateDecision {
  passed: boolean;
  score: ScoreSummary;
  threshold: number;
  stale: boolean;
  /** The principles the checklist fails: any one of them refuses publishing, whatever the overall score. */
  failing: Principle[];
  errors: ChecklistFinding[];
}

/**
 * Pure: may this be published without a written reason? One verdict with the checklist: no principle fails (an
 * error finding or a score under the fail mark), the overall score reaches the threshold, and nothing is stale.
 */
export function evaluateGate(result: ChecklistResult, stale: boolean, threshold: number): GateDecision {
  const errors = allFindings(result).filter((f) => f.severity === "error");
  const failing = PRINCIPLES.filter((p) => result[p].status === "fail");
  const score = summarise(result);
  return { passed: failing.length === 0 && result.overall >= threshold && !stale, score, threshold, stale, failing, errors };
}
