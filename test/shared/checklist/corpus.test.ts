import { describe, expect, it } from "vitest";
import { allFindings, scoreMessage } from "../../../shared/checklist/index.js";
import { ChecklistResult } from "../../../shared/schemas/checklist.js";
import { CORPUS } from "./corpus/index.js";

describe("corpus: messages written for the tests", () => {
  it("holds at least 60 messages in Swedish and English across every kind", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CORPUS.map((c) => c.input.kind))).toEqual(
      new Set(["bulletin", "faq", "correction", "sms", "social"]),
    );
    expect(CORPUS.filter((c) => c.input.language === "en").length).toBeGreaterThanOrEqual(12);
    expect(new Set(CORPUS.map((c) => c.name)).size).toBe(CORPUS.length);
  });

  for (const c of CORPUS) {
    it(`${c.input.language}/${c.input.kind}: ${c.name}`, () => {
      const result = scoreMessage(c.input, c.context);
      expect(ChecklistResult.safeParse(result).success).toBe(true);
      const ids = new Set(allFindings(result).map((f) => f.ruleId));
      for (const id of c.must) expect(ids, `must produce ${id}`).toContain(id);
      for (const id of c.mustNot) expect(ids, `must not produce ${id}`).not.toContain(id);
      if (c.overallAtLeast !== undefined) expect(result.overall).toBeGreaterThanOrEqual(c.overallAtLeast);
      if (c.overallAtMost !== undefined) expect(result.overall).toBeLessThanOrEqual(c.overallAtMost);
    });
  }
});
