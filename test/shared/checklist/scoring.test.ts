import { describe, expect, it } from "vitest";
import { FAIL_BELOW, PASS_AT, PRINCIPLES, RULES, WEIGHTS } from "../../../shared/checklist/index.js";
import { overallOf, principleResult, toFindings } from "../../../shared/checklist/scoring.js";
import type { Rule } from "../../../shared/checklist/types.js";
import type { ChecklistFinding, PrincipleResult } from "../../../shared/schemas/checklist.js";
import { GOOD_SV, score } from "./helpers.js";

const rule: Rule = {
  id: "XX1",
  principle: "factual",
  name: "test",
  severity: "warn",
  points: 12,
  repeat: 6,
  cap: 30,
  check: () => [],
};
const draft = { message: { sv: "x", en: "x" } };
const finding = (severity: ChecklistFinding["severity"], deduction: number): ChecklistFinding => ({
  ruleId: "XX1",
  principle: "factual",
  severity,
  message: draft.message,
  deduction,
});

describe("scoring", () => {
  it("deducts the rule's points for the first finding, its repeat for later ones, never past its cap", () => {
    expect(toFindings(rule, [draft, draft, draft, draft, draft]).map((f) => f.deduction)).toEqual([12, 6, 6, 6, 0]);
  });

  it("lets a finding override its points and severity, still within the cap", () => {
    expect(
      toFindings(rule, [{ ...draft, points: 25, severity: "error" }, draft]).map((f) => [f.severity, f.deduction]),
    ).toEqual([
      ["error", 25],
      ["warn", 5],
    ]);
  });

  it("treats negative points as a credit, capped in size", () => {
    const credit: Rule = { ...rule, points: -5, repeat: -5, cap: 5 };
    expect(toFindings(credit, [draft, draft]).map((f) => f.deduction)).toEqual([-5, 0]);
  });

  it("starts each principle at 100, clamps to 0–100 and sets status by the documented thresholds", () => {
    expect(principleResult([]).score).toBe(100);
    expect(principleResult([finding("info", -5)]).score).toBe(100);
    expect(principleResult([finding("warn", 12)])).toMatchObject({ score: 88, status: "warn" });
    expect(principleResult([finding("info", 12)])).toMatchObject({ score: 88, status: "pass" });
    expect(principleResult([finding("warn", 12), finding("warn", 12)])).toMatchObject({ score: 76, status: "warn" });
    expect(principleResult([finding("warn", 60), finding("warn", 60)])).toMatchObject({ score: 0, status: "fail" });
    expect(principleResult([finding("error", 1)]).status).toBe("fail");
    expect(PASS_AT).toBe(80);
    expect(FAIL_BELOW).toBe(50);
  });

  it("computes overall as the weighted mean, with status the worst principle status and a cap under the pass mark on failure", () => {
    const all = (s: number): Record<(typeof PRINCIPLES)[number], PrincipleResult> =>
      Object.fromEntries(
        PRINCIPLES.map((p) => [p, { score: s, status: s >= 80 ? "pass" : s >= 50 ? "warn" : "fail", findings: [] }]),
      ) as never;
    expect(overallOf(all(90))).toEqual({ overall: 90, status: "pass" });
    const mixed = { ...all(100), factual: { score: 60, status: "warn" as const, findings: [] } };
    const total = PRINCIPLES.reduce((s, p) => s + WEIGHTS[p], 0);
    expect(overallOf(mixed)).toEqual({
      overall: Math.round((100 * (total - WEIGHTS.factual) + 60 * WEIGHTS.factual) / total),
      status: "warn",
    });
    const failing = { ...all(100), fast: { score: 70, status: "fail" as const, findings: [] } };
    expect(overallOf(failing)).toEqual({ overall: 79, status: "fail" });
  });

  it("sorts findings errors first, then title before body, then by position", () => {
    const r = score({ title: "Koka vattnet!", body: `${GOOD_SV} Det är troligen en skandal! Koka!` });
    const order = r.impartial.findings.map((f) => `${f.severity}:${f.span?.field}:${f.span?.start}`);
    expect(order).toEqual(
      [...order].sort((a, b) => {
        const rank = (x: string) => (x.startsWith("error") ? 0 : x.startsWith("warn") ? 1 : 2);
        return rank(a) - rank(b);
      }),
    );
    expect(r.impartial.findings.map((f) => f.severity)).toContain("info");
    expect(r.impartial.findings[0]?.severity).toBe("error");
  });

  it("has unique rule ids, each prefixed by its principle", () => {
    const prefix = {
      active: "AC",
      open: "OP",
      factual: "FA",
      fast: "FS",
      impartial: "IM",
      audienceAdapted: "AU",
    } as const;
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) expect(r.id.startsWith(prefix[r.principle])).toBe(true);
  });

  it("returns the scoring constants with every result, so a reader can recompute the overall score", () => {
    const r = score({ body: "Koka vattnet." });
    expect(r.scoring.weights).toEqual(WEIGHTS);
    const weighted =
      PRINCIPLES.reduce((s, p) => s + r.scoring.weights[p] * r[p].score, 0) /
      PRINCIPLES.reduce((s, p) => s + r.scoring.weights[p], 0);
    expect(r.overall).toBe(r.status === "fail" ? Math.min(Math.round(weighted), 79) : Math.round(weighted));
  });
});
