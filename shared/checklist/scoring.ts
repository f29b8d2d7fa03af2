/**
 * The scoring formula, in full (SPEC.md "Scoring"):
 * - each principle starts at 100; every finding deducts its `deduction` (negative = credit); clamp to 0–100;
 * - within a rule the first finding deducts the rule's `points`, each later one its `repeat`, at most `cap` in all;
 * - status: fail if the score is under 50 or any finding is an error, warn under 80 or on any warning, else pass;
 * - overall: the weighted mean of the six principle scores, rounded; its status is the worst principle status,
 *   and while any principle fails the overall score is capped just under the pass mark (a message that cites a
 *   retracted fact must not look 92 % good).
 */
import type { ChecklistFinding, ChecklistScoring, PrincipleResult, PrincipleStatus } from "../schemas/checklist.js";
import { PRINCIPLES, type Principle } from "./constants.js";
import { MAX_FINDINGS_PER_RULE, type Draft, type Rule } from "./types.js";

export const SCORING_VERSION = "1";
export const PASS_AT = 80;
export const FAIL_BELOW = 50;
export const OVERALL_CAP_ON_FAIL = PASS_AT - 1;

/** Factual weighs most (the plan's core demand); impartial least (its rules are review flags, research.md §10). */
export const WEIGHTS: Readonly<Record<Principle, number>> = {
  active: 1,
  open: 1,
  factual: 1.5,
  fast: 1,
  impartial: 0.75,
  audienceAdapted: 1,
};

export const SCORING: ChecklistScoring = {
  version: SCORING_VERSION,
  weights: { ...WEIGHTS },
  passAt: PASS_AT,
  failBelow: FAIL_BELOW,
};

export function toFindings(rule: Rule, drafts: readonly Draft[]): ChecklistFinding[] {
  let used = 0;
  return drafts.slice(0, MAX_FINDINGS_PER_RULE).map((d, i) => {
    const wanted = d.points ?? (i === 0 ? rule.points : rule.repeat);
    const room = Math.max(0, rule.cap - used);
    const deduction = Math.sign(wanted) * Math.min(Math.abs(wanted), room);
    used += Math.abs(deduction);
    const finding: ChecklistFinding = {
      ruleId: rule.id,
      principle: rule.principle,
      severity: d.severity ?? rule.severity,
      message: d.message,
      deduction: deduction === 0 ? 0 : deduction, // never -0 in JSON
    };
    if (d.suggestion !== undefined) finding.suggestion = d.suggestion;
    if (d.span !== undefined) finding.span = d.span;
    return finding;
  });
}

const SEVERITY_ORDER = { error: 0, warn: 1, info: 2 } as const;

function order(x: ChecklistFinding, y: ChecklistFinding): number {
  return (
    SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] ||
    (x.span?.field === "body" ? 1 : 0) - (y.span?.field === "body" ? 1 : 0) ||
    (x.span?.start ?? -1) - (y.span?.start ?? -1)
  );
}

export function principleResult(findings: ChecklistFinding[]): PrincipleResult {
  const total = findings.reduce((sum, f) => sum + f.deduction, 0);
  const score = Math.max(0, Math.min(100, Math.round(100 - total)));
  const hasError = findings.some((f) => f.severity === "error");
  // A gauge must not show green while a word in the text is underlined as a warning: the user would see two answers.
  const hasWarning = findings.some((f) => f.severity === "warn" && f.deduction > 0);
  const status: PrincipleStatus =
    score < FAIL_BELOW || hasError ? "fail" : score < PASS_AT || hasWarning ? "warn" : "pass";
  return { score, status, findings: [...findings].sort(order) };
}

const STATUS_RANK: Record<PrincipleStatus, number> = { pass: 0, warn: 1, fail: 2 };

export function overallOf(results: Record<Principle, PrincipleResult>): { overall: number; status: PrincipleStatus } {
  let sum = 0;
  let weights = 0;
  let status: PrincipleStatus = "pass";
  for (const p of PRINCIPLES) {
    sum += WEIGHTS[p] * results[p].score;
    weights += WEIGHTS[p];
    if (STATUS_RANK[results[p].status] > STATUS_RANK[status]) status = results[p].status;
  }
  const mean = Math.round(sum / weights);
  return { overall: status === "fail" ? Math.min(mean, OVERALL_CAP_ON_FAIL) : mean, status };
}
