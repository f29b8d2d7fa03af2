/**
 * The fourth held-out set (blind3Questions.ts) over the FAQ the product ships (demo + scenario drafts, bare entries as
 * the evaluation builds them): only totals are printed, never items, so it stays held out.
 */
import { describe, expect, it } from "vitest";
import { createFaqIndex } from "../../../../shared/search/index.js";
import { demoScenarioFaq } from "../fixtures/demoScenarioFaq.js";
import { expectWellFormed } from "./wellFormed.js";
import { blindQuestions } from "./blindQuestions.js";
import { blind2Questions } from "./blind2Questions.js";
import { blind3Questions } from "./blind3Questions.js";
import { formatStrong, measureStrong } from "./measure.js";
import { evalQuestions } from "./questions.js";

describe("fourth held-out set, blind3 (totals only)", () => {
  it("is sourced, labelled with existing entries, new, and about half unanswerable", () => {
    expectWellFormed(blind3Questions, demoScenarioFaq, [evalQuestions, blindQuestions, blind2Questions], 40);
  });

  it("prints its figures over the shipped FAQ (bare entries)", () => {
    const report = measureStrong(createFaqIndex(demoScenarioFaq), blind3Questions);
    console.log(formatStrong("blind3, shipped FAQ", report, false));
    expect(report.at3).toBeGreaterThanOrEqual(BLIND3.at3);
    expect(report.strongRight).toBeGreaterThanOrEqual(BLIND3.strongRight);
    expect(report.noStrong).toBeGreaterThanOrEqual(BLIND3.noStrong);
  });
});

// Measured once before any change made for it (this commit), 26 answerable and 22 unanswerable questions: recall@1
// 76.9 %, recall@3 92.3 %, strong top hit 50.0 % (right 38.5 %), no strong hit on unanswerable 86.4 %. Floors: a
// regression guard below that. After the fourth round (answer field 1.5, vocabulary, the sole-hit rule; README),
// measured once more: recall@1 76.9 %, recall@3 92.3 %, strong 53.8 % (right 42.3 %), no strong 86.4 %; and a third
// time after the English stemmer and the 0.8 credit: the same.
const BLIND3 = { at3: 0.85, strongRight: 0.35, noStrong: 0.8 };
