import { expect } from "vitest";
import { allFindings, scoreMessage } from "../../../shared/checklist/index.js";
import type {
  ChecklistFinding,
  ChecklistResult,
  MessageInput,
  ScoringContext,
} from "../../../shared/schemas/checklist.js";

export type Input = Partial<MessageInput> & { body: string };

/** A message of a kind and language, Swedish by default, with a title when given. */
export const msg = (kind: Input["kind"], body: string, language: "sv" | "en" = "sv", title?: string): Input => ({
  kind,
  language,
  body,
  ...(title === undefined ? {} : { title }),
});

export function score(input: Input, context?: ScoringContext): ChecklistResult {
  return scoreMessage({ kind: "bulletin", language: "sv", ...input }, context);
}

export function findingsOf(input: Input, context?: ScoringContext, ruleId?: string): ChecklistFinding[] {
  const all = allFindings(score(input, context));
  return ruleId === undefined ? all : all.filter((f) => f.ruleId === ruleId);
}

export function ruleIds(input: Input, context?: ScoringContext): string[] {
  return findingsOf(input, context).map((f) => f.ruleId);
}

/** The text a finding's span points at. */
export function spanText(input: Input, f: ChecklistFinding): string {
  if (f.span === undefined) return "";
  const text = f.span.field === "title" ? (input.title ?? "") : input.body;
  return text.slice(f.span.start, f.span.end);
}

/** A complete, good Swedish bulletin to which single sentences can be added. */
export const GOOD_SV =
  "Uppdaterad 25 november kl. 14.00. Bakterier har hittats i dricksvattnet i Norrby. Därför rekommenderar Exempelby kommun att du kokar vattnet. Koka vattnet i minst en minut. Nästa uppdatering kommer kl. 18.00. Mer information finns på exempelby.se/vatten.";

export const GOOD_EN =
  "Updated 25 November at 2 pm. Tests found bacteria in the tap water in Northside. Exampletown Council advises you to boil tap water before drinking it. Next update at 6 pm. For more information, visit exampletown.gov/water.";

/** A probe row: the rule, the text, and whether the rule must refuse it (an error finding of that rule). */
export type RuleRow = [ruleId: string, input: Input, refuses: boolean];

/** Asserts each row: the rule gives an error exactly when the row says it refuses. */
export function checkRows(rows: readonly RuleRow[]): void {
  for (const [ruleId, input, refuses] of rows) {
    const refused = findingsOf(input, undefined, ruleId).some((f) => f.severity === "error");
    expect(refused, `${ruleId} ${refuses ? "misses" : "refuses"}: ${input.body}`).toBe(refuses);
  }
}
