/**
 * The scorer reuses the clock-free part of a recent scoring (the analysis and every non-clock rule's findings) when
 * only the clock moved. These tests hold the reuse to scoring afresh, and every rule not marked `clock` to never
 * reading the clock, which is what makes the reuse exact.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../../shared/checklist/analysis.js";
import { RULES, scoreMessage, scoreMessageAfresh } from "../../../shared/checklist/index.js";
import type { Analysis } from "../../../shared/checklist/analysis.js";
import type { MessageInput, ScoringContext } from "../../../shared/schemas/checklist.js";
import { GOOD_BLIND18, BAD_BLIND18 } from "../../eval/checklist/blind18.js";
import { CORPUS } from "./corpus/index.js";

const BASE: ScoringContext = {
  sender: "Norrby kommun",
  facts: [{ id: "f1", statement: "E. coli har hittats i vattnet i Norrby.", status: "confirmed" }],
  openClaims: [{ id: "c1", text: "Kranvattnet är giftigt i hela kommunen", severity: "high", addressed: false }],
  topQuestions: [{ question: "Kan jag duscha?", count: 40 }],
  requiredLanguages: ["sv"],
};

/** Moments that make every clock rule answer differently: on time, first bulletin late, promise overdue, 15.00 set. */
const CLOCKS: ScoringContext[] = [
  { now: "2025-11-25T08:30:00+01:00", incident: { startedAt: "2025-11-25T08:00:00+01:00" } },
  { now: "2025-11-25T12:30:00+01:00", incident: { startedAt: "2025-11-25T08:00:00+01:00" } },
  {
    now: "2025-11-25T16:10:00+01:00",
    incident: {
      startedAt: "2025-11-25T08:00:00+01:00",
      firstPublishedAt: "2025-11-25T09:00:00+01:00",
      lastPublishedAt: "2025-11-25T12:00:00+01:00",
      nextUpdateDue: "2025-11-25T15:00:00+01:00",
    },
  },
  {
    now: "2025-11-25T14:50:00+01:00",
    incident: { startedAt: "2025-11-25T08:00:00+01:00", nextUpdateDue: "2025-11-25T15:00:00+01:00" },
  },
  {},
];

const MESSAGES: MessageInput[] = [
  ...CORPUS.map((c) => c.input),
  ...[...GOOD_BLIND18, ...BAD_BLIND18].map((m) => ({ ...m.input, kind: m.input.kind }) as MessageInput),
  {
    kind: "bulletin",
    title: "Koka vattnet",
    body: "Norrby kommun, 25 november kl. 08.00. Koka vattnet. Nästa uppdatering kl. 11.00.",
    language: "sv",
    nextUpdateAt: "2025-11-25T10:00:00+01:00",
  },
];

describe("scoring reuses the clock-free part exactly", () => {
  // Thousands of scorings: a few seconds alone, several times that beside the whole suite on a shared machine.
  it(
    "scores every message at every moment as scoring afresh does, whatever was scored before",
    { timeout: 90_000 },
    () => {
      expect(MESSAGES.length).toBeGreaterThan(50);
      let clockChanged = 0;
      for (const input of MESSAGES) {
        const results = CLOCKS.map((clock) => {
          const context = { ...BASE, ...clock };
          const reused = scoreMessage(input, context);
          expect(reused).toEqual(scoreMessageAfresh(input, context));
          return JSON.stringify(reused);
        });
        if (new Set(results).size > 1) clockChanged++;
      }
      // The moments matter: without the clock rules run afresh, these messages would keep their first answer.
      expect(clockChanged).toBeGreaterThan(10);
    },
  );

  it("does not reuse across a change outside the clock", () => {
    const input = MESSAGES.at(-1) as MessageInput;
    const before = scoreMessage(input, { ...BASE, ...CLOCKS[0] });
    const withoutSender = { ...BASE, ...CLOCKS[0], sender: undefined };
    expect(scoreMessage(input, withoutSender)).toEqual(scoreMessageAfresh(input, withoutSender));
    expect(scoreMessage(input, { ...BASE, ...CLOCKS[0], requiredLanguages: ["sv", "fi"] })).not.toEqual(before);
  });
});

/** An analysis that records every read of the clock: `now`, and `incident` in the context. */
function spying(a: Analysis, reads: Set<string>): Analysis {
  const context = new Proxy(a.context, {
    get(target, key, receiver) {
      if (key === "incident") reads.add("context.incident");
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return new Proxy(a, {
    get(target, key, receiver) {
      if (key === "now") reads.add("now");
      if (key === "context") return context;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

describe("what a reused scoring shares", () => {
  it("freezes the findings and metrics it shares, so no caller can change another's result", () => {
    const input = MESSAGES.at(-1) as MessageInput;
    const result = scoreMessage(input, { ...BASE, ...CLOCKS[2] });
    const shared = [result.active, result.open, result.factual, result.fast, result.impartial, result.audienceAdapted]
      .flatMap((p) => p.findings)
      .filter((f) => !["FS1", "FS2", "FS3", "FS9"].includes(f.ruleId));
    expect(shared.length).toBeGreaterThan(0);
    for (const f of shared) expect(Object.isFrozen(f)).toBe(true);
    expect(Object.isFrozen(result.metrics)).toBe(true);
  });
});

describe("only rules marked clock read the clock", () => {
  it("no other rule reads now or the incident clock, on any message; the clock rules do", () => {
    const offenders = new Set<string>();
    const clockReaders = new Set<string>();
    for (const input of MESSAGES) {
      for (const clock of CLOCKS.slice(0, 4)) {
        const a = analyse(input, { ...BASE, ...clock });
        for (const rule of RULES) {
          const reads = new Set<string>();
          rule.check(spying(a, reads));
          if (reads.size === 0) continue;
          if (rule.clock) clockReaders.add(rule.id);
          else offenders.add(`${rule.id} reads ${[...reads].join(", ")}`);
        }
      }
    }
    expect([...offenders]).toEqual([]);
    expect([...clockReaders].sort()).toEqual(
      RULES.filter((r) => r.clock)
        .map((r) => r.id)
        .sort(),
    );
  });
});
