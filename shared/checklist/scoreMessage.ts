import type {
  ChecklistFinding,
  ChecklistResult,
  MessageInput,
  PrincipleResult,
  ScoringContext,
} from "../schemas/checklist.js";
import { analyse, type Analysis } from "./analysis.js";
import { PRINCIPLES, type Principle } from "./constants.js";
import { computeMetrics } from "./metrics.js";
import { RULES } from "./rules/index.js";
import { overallOf, principleResult, SCORING, toFindings } from "./scoring.js";
import type { Rule } from "./types.js";

function applies(rule: Rule, a: Analysis): boolean {
  if (rule.kinds !== undefined && !rule.kinds.includes(a.kind)) return false;
  if (rule.languages !== undefined && (a.family === null || !rule.languages.includes(a.family))) return false;
  return true;
}

/**
 * Scores a message against the six principles. Pure and deterministic: the same input and context give the same
 * result; time-based rules use `context.now` and are skipped without it.
 */
export function scoreMessage(input: MessageInput, context: ScoringContext = {}): ChecklistResult {
  const a = analyse(input, context ?? {});
  const byPrinciple = Object.fromEntries(PRINCIPLES.map((p) => [p, [] as ChecklistFinding[]])) as Record<
    Principle,
    ChecklistFinding[]
  >;
  for (const rule of RULES) {
    if (!applies(rule, a)) continue;
    const drafts = rule.check(a);
    if (drafts.length > 0) byPrinciple[rule.principle].push(...toFindings(rule, drafts));
  }
  const results = Object.fromEntries(PRINCIPLES.map((p) => [p, principleResult(byPrinciple[p])])) as Record<
    Principle,
    PrincipleResult
  >;
  const { overall, status } = overallOf(results);
  return { overall, status, ...results, metrics: computeMetrics(a), scoring: SCORING };
}

/** Every finding of a result, in principle order: handy for underlining spans in an editor. */
export function allFindings(result: ChecklistResult): ChecklistFinding[] {
  return PRINCIPLES.flatMap((p) => result[p].findings);
}
