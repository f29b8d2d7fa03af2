/**
 * Measures the checklist as a publish gate on a labelled corpus (test/eval/checklist): how many flawed messages it
 * refuses, how many real authority messages it lets through, and whether each flawed message is flagged on the
 * principles its label names. Pure: the eval test asserts on it and scripts/checklist-eval.ts prints it.
 */
import { scoreMessage } from "../../shared/checklist/index.js";
import { PRINCIPLES, type Principle } from "../../shared/checklist/constants.js";
import type { ChecklistResult, ScoringContext } from "../../shared/schemas/checklist.js";
import type { EvalMessage } from "./checklist/types.js";

/** What the gate does with a result: refuse anything the checklist calls a fail (server/domain/bulletins/gate.ts). */
export const gateRefuses = (r: ChecklistResult): boolean => r.status === "fail";

/** A principle "flags" a message when it does not pass: the gauge is amber or red. */
export const flags = (r: ChecklistResult, p: Principle): boolean => r[p].status !== "pass";

export interface Scored {
  message: EvalMessage;
  result: ChecklistResult;
  refused: boolean;
  /** Bad messages: label principles the checklist did not flag. */
  missed: Principle[];
}

export interface EvalReport {
  good: number;
  bad: number;
  /** Confusion matrix of the gate: bad refused / bad passed / good refused / good passed. */
  badRefused: number;
  badPassed: number;
  goodRefused: number;
  goodPassed: number;
  /** Share of good messages on which each principle says `fail`. */
  falseFailRate: Record<Principle, number>;
  /** Bad messages flagged on every principle their label names. */
  fullyFlagged: number;
  scored: Scored[];
}

export function evaluate(
  good: readonly EvalMessage[],
  bad: readonly EvalMessage[],
  context: ScoringContext = {},
): EvalReport {
  const score = (m: EvalMessage): Scored => {
    const result = scoreMessage(m.input, context);
    return { message: m, result, refused: gateRefuses(result), missed: m.mustFlag.filter((p) => !flags(result, p)) };
  };
  const g = good.map(score);
  const b = bad.map(score);
  const falseFailRate = Object.fromEntries(
    PRINCIPLES.map((p) => [p, g.length === 0 ? 0 : g.filter((s) => s.result[p].status === "fail").length / g.length]),
  ) as Record<Principle, number>;
  return {
    good: g.length,
    bad: b.length,
    badRefused: b.filter((s) => s.refused).length,
    badPassed: b.filter((s) => !s.refused).length,
    goodRefused: g.filter((s) => s.refused).length,
    goodPassed: g.filter((s) => !s.refused).length,
    falseFailRate,
    fullyFlagged: b.filter((s) => s.missed.length === 0).length,
    scored: [...g, ...b],
  };
}

const pct = (n: number, d: number) => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)} %`);

export function formatReport(title: string, r: EvalReport): string {
  const lines = [
    `${title}: ${r.good} real authority messages, ${r.bad} flawed messages`,
    `  gate            refused  passed`,
    `  flawed (bad)    ${String(r.badRefused).padStart(7)} ${String(r.badPassed).padStart(7)}   refuses ${pct(r.badRefused, r.bad)}`,
    `  real (good)     ${String(r.goodRefused).padStart(7)} ${String(r.goodPassed).padStart(7)}   passes  ${pct(r.goodPassed, r.good)}`,
    `  flawed messages flagged on every labelled principle: ${r.fullyFlagged}/${r.bad} (${pct(r.fullyFlagged, r.bad)})`,
    `  false-fail rate per principle on real messages: ${PRINCIPLES.map((p) => `${p} ${pct(Math.round(r.falseFailRate[p] * r.good), r.good)}`).join(", ")}`,
  ];
  return lines.join("\n");
}
