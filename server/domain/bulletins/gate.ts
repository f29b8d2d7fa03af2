import type { ChecklistFinding, ChecklistResult, ScoreSummary } from "../../../shared/index.js";
import { allFindings } from "../../../shared/checklist/index.js";

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
  errors: ChecklistFinding[];
}

/** Pure: may this be published without a written reason? No error finding, score at threshold, nothing stale. */
export function evaluateGate(result: ChecklistResult, stale: boolean, threshold: number): GateDecision {
  const errors = allFindings(result).filter((f) => f.severity === "error");
  const score = summarise(result);
  return { passed: errors.length === 0 && result.overall >= threshold && !stale, score, threshold, stale, errors };
}
