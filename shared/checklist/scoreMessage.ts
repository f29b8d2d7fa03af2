import type {
  ChecklistFinding,
  ChecklistMetrics,
  ChecklistResult,
  MessageInput,
  PrincipleResult,
  ScoringContext,
} from "../schemas/checklist.js";
import { analyse, withClock, type Analysis } from "./analysis.js";
import { PRINCIPLES, type Principle } from "./constants.js";
import { Lru } from "../lru.js";
import { computeMetrics } from "./metrics.js";
import { RULES } from "./rules/index.js";
import { overallOf, principleResult, SCORING, toFindings } from "./scoring.js";
import type { Rule } from "./types.js";

function applies(rule: Rule, a: Analysis): boolean {
  if (rule.kinds !== undefined && !rule.kinds.includes(a.kind)) return false;
  if (rule.languages !== undefined && (a.family === null || !rule.languages.includes(a.family))) return false;
  return true;
}

/** What a scoring keeps of a message apart from the clock: its analysis and the other rules' findings, by rule. */
interface Steady {
  a: Analysis;
  findings: Array<ChecklistFinding[] | undefined>;
  metrics: ChecklistMetrics;
}

// A publish scores what the editor, the save and the approval scored minutes before, with only the clock moved on;
// reusing the text's part takes the checklist (about a millisecond cold) off the publish path.
const STEADY_ENTRIES = 64;
const MAX_KEY_CHARS = 50_000; // a long text is scored afresh rather than held in memory (an entry holds ~30× its key)
const steadyMemo = new Lru<string, Steady>(STEADY_ENTRIES);

function steadyPart(input: MessageInput, context: ScoringContext, memoise: boolean): Steady {
  const { now: _now, incident: _incident, ...clockFree } = context;
  const short = (typeof input.body === "string" ? input.body.length : 0) <= MAX_KEY_CHARS;
  const key = memoise && short ? JSON.stringify([input, clockFree]) : "";
  const cacheable = memoise && short && key.length <= MAX_KEY_CHARS;
  const hit = cacheable ? steadyMemo.get(key) : undefined;
  if (hit !== undefined) return hit;
  const a = analyse(input, context);
  // Frozen: a reused finding or metrics object is shared by every result that reuses it, so no caller may change one.
  const findings = RULES.map((rule) =>
    rule.clock || !applies(rule, a) ? undefined : toFindings(rule, rule.check(a)).map((f) => Object.freeze(f)),
  );
  const steady = { a, findings, metrics: Object.freeze(computeMetrics(a)) };
  if (cacheable) steadyMemo.set(key, steady);
  return steady;
}

function score(input: MessageInput, context: ScoringContext, memoise: boolean): ChecklistResult {
  const steady = steadyPart(input, context, memoise);
  const a = withClock(steady.a, context);
  const byPrinciple = Object.fromEntries(PRINCIPLES.map((p) => [p, [] as ChecklistFinding[]])) as Record<
    Principle,
    ChecklistFinding[]
  >;
  RULES.forEach((rule, i) => {
    const found = rule.clock ? (applies(rule, a) ? toFindings(rule, rule.check(a)) : []) : steady.findings[i];
    if (found !== undefined && found.length > 0) byPrinciple[rule.principle].push(...found);
  });
  const results = Object.fromEntries(PRINCIPLES.map((p) => [p, principleResult(byPrinciple[p])])) as Record<
    Principle,
    PrincipleResult
  >;
  const { overall, status } = overallOf(results);
  return { overall, status, ...results, metrics: steady.metrics, scoring: SCORING };
}

/**
 * Scores a message against the six principles. Pure and deterministic: the same input and context give the same
 * result; time-based rules use `context.now` and are skipped without it. The part that does not depend on the
 * clock is reused from a recent scoring of the same text and context (see `scoreMessageAfresh`).
 */
export function scoreMessage(input: MessageInput, context: ScoringContext = {}): ChecklistResult {
  return score(input, context ?? {}, true);
}

/** `scoreMessage` without reusing anything: the reference the reuse is tested against, and for benchmarks. */
export function scoreMessageAfresh(input: MessageInput, context: ScoringContext = {}): ChecklistResult {
  return score(input, context ?? {}, false);
}

/** Every finding of a result, in principle order: handy for underlining spans in an editor. */
export function allFindings(result: ChecklistResult): ChecklistFinding[] {
  return PRINCIPLES.flatMap((p) => result[p].findings);
}
