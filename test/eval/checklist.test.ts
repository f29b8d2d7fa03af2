/**
 * The checklist judged as a publish gate on the evaluation corpus (test/eval/checklist: real authority messages
 * and messages written from known failure patterns). The held-out third was never looked at while tuning; its
 * figures are asserted at what was reached, below the targets where it falls short (see the README).
 */
import { describe, expect, it, vi } from "vitest";
import { CONTROLS } from "./checklist/controls.js";
import { evaluatePairs, formatPairs, pairControls } from "./checklist/controlPairs.js";
import { BAD, GOOD } from "./checklist/index.js";
import { EVAL_SETS, type EvalGate, type EvalPart, type EvalSet, type EvalShape } from "./checklist/sets.js";
import type { EvalMessage } from "./checklist/types.js";
import { evaluate, formatReport } from "./evaluateChecklist.js";

// Every set, its history and its floors are in checklist/sets.ts; this file only knows how to assert them.
// Each it() scores a whole set of the corpus (the matched-controls pairs: 648 messages); on a loaded two-core machine
// that can pass the suite's 20 s default, which is a limit for unit tests, not for a corpus evaluation.
vi.setConfig({ testTimeout: 120_000 });

describe("checklist evaluation corpus", () => {
  it("holds at least 60 real and 60 flawed messages, a third held out", () => {
    const held = onlyPart(EVAL_SETS.find((s) => s.role === "heldOutThird"));
    expect(GOOD.length).toBeGreaterThanOrEqual(60);
    expect(BAD.length).toBeGreaterThanOrEqual(60);
    expect(held.good.length).toBeGreaterThanOrEqual(Math.floor(GOOD.length / 3));
    expect(held.bad.length).toBeGreaterThanOrEqual(Math.floor(BAD.length / 3));
    expect(BAD.every((m) => m.mustFlag.length > 0)).toBe(true);
  });

  for (const set of EVAL_SETS) {
    const shapes = (): void => {
      for (const part of set.parts) if (part.shape) expectShape(part, part.shape);
    };
    if (set.shapeTitle !== undefined) it(set.shapeTitle, shapes);
    it(set.title, () => {
      if (set.shapeTitle === undefined) shapes();
      for (const part of set.parts) if (part.gate) expectGate(part.label, part.good, part.bad, part.gate);
      if (set.pooled) {
        const good = set.parts.flatMap((p) => p.good);
        const bad = set.parts.flatMap((p) => p.bad);
        expectGate(set.pooled.label, good, bad, set.pooled.gate);
      }
    });
  }
});

describe("matched controls: the gate refuses the flaw, not the scenario", () => {
  const pairs = pairControls(CONTROLS, EVAL_SETS);

  it("pairs every control with one flawed tuning message of the same kind and language", () => {
    expect(pairs.length).toBeGreaterThanOrEqual(300);
    expect(new Set(CONTROLS.map((c) => c.id)).size).toBe(CONTROLS.length);
    // One control per original: two rewrites of one message would weigh its scenario twice.
    expect(new Set(pairs.map((p) => `${p.set}:${p.original.id}`)).size).toBe(pairs.length);
    for (const { original, control } of pairs) {
      expect(control.input.kind, control.id).toBe(original.input.kind);
      expect(control.input.language, control.id).toBe(original.input.language);
      expect(control.input.body, control.id).not.toBe(original.input.body);
    }
  });

  // Measured when the controls were written (2026-12-06): 277 of 324 pairs (85.5 %) judged on the flaw, 30 controls
  // (9.3 %) refused; after the five fixes they showed (test/eval/checklist/README.md, seventeenth round) 288 (88.9 %)
  // and 19 (5.9 %). The floors hold that: a rule that starts refusing the scenario rather than the flaw fails here.
  it("refuses the original and passes the mended control in most pairs", () => {
    const report = evaluatePairs(pairs);
    console.log(formatPairs(report));
    expect(report.flawJudged / report.pairs).toBeGreaterThanOrEqual(0.88);
    expect(report.controlRefused / report.pairs).toBeLessThanOrEqual(0.06);
  });
});

/** The corpus check needs the held-out third as one part; the table keeps it so. */
function onlyPart(set: EvalSet | undefined): EvalPart {
  const part = set?.parts[0];
  if (!set || set.parts.length !== 1 || !part) throw new Error("sets.ts: the held-out third is one entry of one part");
  return part;
}

function expectGate(label: string, good: readonly EvalMessage[], bad: readonly EvalMessage[], gate: EvalGate): void {
  if (gate.kind === "holds") {
    expectGateHolds(label, good, bad, gate);
    return;
  }
  const report = evaluate([...good], [...bad]);
  console.log(formatReport(label, report));
  if (gate.refused !== undefined) expect(report.badRefused / report.bad).toBeGreaterThanOrEqual(gate.refused);
  expect(report.goodPassed / report.good).toBeGreaterThanOrEqual(gate.passed);
  if (gate.fullyFlagged !== undefined) {
    expect(report.fullyFlagged / report.bad).toBeGreaterThanOrEqual(gate.fullyFlagged);
  }
  if (gate.falseFail !== undefined) {
    for (const rate of Object.values(report.falseFailRate)) expect(rate).toBeLessThanOrEqual(gate.falseFail);
  }
}

function expectShape({ good, bad }: EvalPart, shape: EvalShape): void {
  switch (shape.kind) {
    case "sizes":
      expect(bad.length).toBeGreaterThanOrEqual(shape.minBad);
      expect(good.length).toBeGreaterThanOrEqual(shape.minGood);
      return;
    case "wellFormed":
      expectWellFormed(good, bad, shape.minGood, shape.minBad);
      return;
    case "real":
      expectRealWellFormed(good, shape.min);
      // Each message from a page of its own, so no two items repeat one source.
      if (shape.uniqueSources) expect(new Set(good.map((m) => m.source.split(" ")[0])).size).toBe(good.length);
      return;
    case "independent":
      expectIndependentWellFormed(good, bad, shape);
      return;
  }
}

/**
 * Prints a set's gate figures (never its items) and holds them at floors: the share of flawed messages refused, of
 * real ones passed, and no principle failing more than 10 % of the real ones.
 */
function expectGateHolds(
  label: string,
  good: readonly EvalMessage[],
  bad: readonly EvalMessage[],
  floors: { refused: number; passed: number },
): void {
  const report = evaluate([...good], [...bad]);
  console.log(formatReport(label, report).split("\n").slice(0, 6).join("\n"));
  // A set of real messages only has no refusal rate to hold.
  if (report.bad > 0) expect(report.badRefused / report.bad).toBeGreaterThanOrEqual(floors.refused);
  expect(report.goodPassed / report.good).toBeGreaterThanOrEqual(floors.passed);
  for (const rate of Object.values(report.falseFailRate)) expect(rate).toBeLessThanOrEqual(0.1);
}

/** A set of real messages only: at least `min`, unique ids, nothing to flag, each with its source URL. */
function expectRealWellFormed(good: readonly EvalMessage[], min: number): void {
  expect(good.length).toBeGreaterThanOrEqual(min);
  expect(new Set(good.map((m) => m.id)).size).toBe(good.length);
  for (const m of good) {
    expect(m.mustFlag).toEqual([]);
    expect(m.source).toMatch(/https?:\/\/\S+/);
  }
}

/**
 * `minGood`: blind29's author found 21 real messages the earlier sets had not used (the index was nearly spent).
 * `minBad`: blind30 and blind31 were written as about 40 flawed messages each, beside their real ones.
 */
function expectWellFormed(good: readonly EvalMessage[], bad: readonly EvalMessage[], minGood = 25, minBad = 45): void {
  expect(good.length).toBeGreaterThanOrEqual(minGood);
  expect(bad.length).toBeGreaterThanOrEqual(minBad);
  const ids = [...good, ...bad].map((m) => m.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const m of good) {
    expect(m.mustFlag).toEqual([]);
    expect(m.source).toMatch(/https?:\/\/\S+/);
    expect(m.input.body.trim().length).toBeGreaterThan(0);
  }
  for (const m of bad) {
    expect(m.mustFlag.length).toBeGreaterThan(0);
    expect(new Set(m.mustFlag).size).toBe(m.mustFlag.length);
    expect(m.pattern ?? "").not.toBe("");
    expect(m.input.body.trim().length).toBeGreaterThan(0);
  }
}

/** blind7's check: expectWellFormed's, with counts per language and per labelled principle. */
function expectIndependentWellFormed(
  good: readonly EvalMessage[],
  bad: readonly EvalMessage[],
  shape: Extract<EvalShape, { kind: "independent" }>,
): void {
  expect(good.length).toBeGreaterThanOrEqual(shape.minGood);
  expect(bad.length).toBeGreaterThanOrEqual(shape.minBad);
  const ids = [...good, ...bad].map((m) => m.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const m of good) {
    expect(m.mustFlag).toEqual([]);
    expect(m.pattern).toBeUndefined();
    expect(m.source).toMatch(/https?:\/\/\S+/);
    expect(m.input.body.trim().length).toBeGreaterThan(0);
  }
  for (const m of bad) {
    expect(m.mustFlag.length).toBeGreaterThan(0);
    expect(new Set(m.mustFlag).size).toBe(m.mustFlag.length);
    expect(m.pattern ?? "").not.toBe("");
    expect(m.source.length).toBeGreaterThan(0);
    expect(m.input.body.trim().length).toBeGreaterThan(0);
  }
  for (const lang of ["sv", "en"] as const) {
    expect(good.filter((m) => m.input.language === lang).length).toBeGreaterThanOrEqual(shape.perLanguage.good);
    expect(bad.filter((m) => m.input.language === lang).length).toBeGreaterThanOrEqual(shape.perLanguage.bad);
  }
  for (const p of shape.perPrinciple.principles) {
    expect(bad.filter((m) => m.mustFlag.includes(p)).length).toBeGreaterThanOrEqual(shape.perPrinciple.min);
  }
}
