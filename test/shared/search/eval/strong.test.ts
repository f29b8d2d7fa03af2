/**
 * Search that knows when it does not know: on real citizen questions other authorities wrote, the
 * answering entry is found, a strong (pre-selected) hit is offered for answerable questions, and none for
 * questions no entry answers. Tuning part asserted and printed with every question; the held-out part (every
 * third question, never looked at while tuning) printed as figures and asserted at what it reached.
 */
import { describe, expect, it } from "vitest";
import { createFaqIndex } from "../../../../shared/search/index.js";
import { faqEntries } from "../fixtures/faq.js";
import { formatStrong, measureStrong } from "./measure.js";
import { evalQuestions, heldOutQuestions, tuningQuestions } from "./questions.js";

describe("strong hits on real citizen questions", () => {
  const index = createFaqIndex(faqEntries);

  it("has sourced questions, labelled with existing entries or null, answerable and unanswerable", () => {
    const known = new Set(faqEntries.map((e) => e.id));
    const labels = evalQuestions.flatMap((q) =>
      q.expected === null ? [] : typeof q.expected === "string" ? [q.expected] : [...q.expected],
    );
    expect(labels.filter((id) => !known.has(id))).toEqual([]);
    expect(evalQuestions.every((q) => /^https?:\/\//.test(q.source))).toBe(true);
    expect(evalQuestions.filter((q) => q.expected !== null).length).toBeGreaterThanOrEqual(34);
    expect(evalQuestions.filter((q) => q.expected === null).length).toBeGreaterThanOrEqual(40);
    expect(new Set(evalQuestions.map((q) => q.q)).size).toBe(evalQuestions.length);
  });

  it("tuning part: finds the answer, is strong on most answerable and on few unanswerable", () => {
    const r = measureStrong(index, tuningQuestions);
    console.log(formatStrong("tuning part", r, true));
    expect(r.at3).toBeGreaterThanOrEqual(0.9);
    expect(r.strong).toBeGreaterThanOrEqual(0.65);
    expect(r.strongRight).toBeGreaterThanOrEqual(0.6);
    // Wrong strong answers (the confident wrong answer the issue is about): at most one of 23.
    expect(r.strong - r.strongRight).toBeLessThanOrEqual(0.05);
    expect(r.noStrong).toBeGreaterThanOrEqual(0.8);
  });

  it("held-out part: figures reached (below the issue's 95 / 80 / 80 % targets for recall and strong answers)", () => {
    const r = measureStrong(index, heldOutQuestions);
    console.log(formatStrong("held-out part", r, false));
    expect(r.at3).toBeGreaterThanOrEqual(HELD_OUT.at3);
    expect(r.strong).toBeGreaterThanOrEqual(HELD_OUT.strong);
    expect(r.noStrong).toBeGreaterThanOrEqual(HELD_OUT.noStrong);
  });
});

// What the held-out part reached when the rule was frozen (see the README; second rule: recall@3 100 %, strong
// 72.7 %, no strong 86.7 %; third rule: recall@3 100 %, strong 63.6 % (right 54.5 %, one right strong answer fewer),
// no strong 86.7 %), a little under it: a regression guard, not the target.
const HELD_OUT = { at3: 0.95, strong: 0.6, noStrong: 0.85 };
