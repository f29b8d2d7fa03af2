/**
 * Search quality on the labelled question set: fails when recall@3 drops below 90 %.
 * The figures and every miss are printed so a change in ranking can be read, not just counted.
 */
import { describe, expect, it } from "vitest";
import { createFaqIndex } from "../../../shared/search/index.js";
import { faqEntries } from "./fixtures/faq.js";
import { heldOutQuestions, questions } from "./fixtures/questions.js";
import { formatReport, measureRecall } from "./quality.js";

const RECALL_AT_3_TARGET = 0.9;
const RECALL_AT_1_FLOOR = 0.75; // a regression guard below today's figure, not a target
const HELD_OUT_AT_3_FLOOR = 0.8; // small set (30), so a looser guard

describe("search quality on the question set", () => {
  const index = createFaqIndex(faqEntries);

  it("has at least 100 questions over at least 40 entries, each labelled with an existing entry", () => {
    expect(questions.length).toBeGreaterThanOrEqual(100);
    expect(faqEntries.length).toBeGreaterThanOrEqual(40);
    const known = new Set(faqEntries.map((e) => e.id));
    expect(questions.filter((q) => !known.has(q.expected))).toEqual([]);
  });

  it(`finds the answering entry in the top 3 for at least ${RECALL_AT_3_TARGET * 100} % of the questions`, () => {
    const report = measureRecall(index, questions);
    console.log(formatReport("no incident selected", report));
    expect(report.at3).toBeGreaterThanOrEqual(RECALL_AT_3_TARGET);
    expect(report.at1).toBeGreaterThanOrEqual(RECALL_AT_1_FLOOR);
  });

  it("finds most answers for held-out questions the vocabulary was not tuned on", () => {
    const report = measureRecall(index, heldOutQuestions);
    console.log(formatReport("held-out questions", report));
    expect(report.at3).toBeGreaterThanOrEqual(HELD_OUT_AT_3_FLOOR);
  });

  it("does at least as well when the agent has the question's incident selected", () => {
    const incidentOf = new Map(faqEntries.map((e) => [e.id, e.incidentId]));
    let at1 = 0;
    let at3 = 0;
    for (const { q, expected } of questions) {
      const top = index.search(q, { incidentId: incidentOf.get(expected) ?? null, limit: 3 }).map((h) => h.id);
      if (top[0] === expected) at1++;
      if (top.includes(expected)) at3++;
    }
    const r1 = at1 / questions.length;
    const r3 = at3 / questions.length;
    console.log(`with the incident selected: recall@1 ${(r1 * 100).toFixed(1)} %, recall@3 ${(r3 * 100).toFixed(1)} %`);
    const plain = measureRecall(index, questions);
    expect(r3).toBeGreaterThanOrEqual(plain.at3);
  });
});
