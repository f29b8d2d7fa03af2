/**
 * The third held-out set (blind2Questions.ts) over the FAQ the product ships (demo + scenario drafts, bare entries as
 * the evaluation builds them): only totals are printed, never items, so it stays held out.
 */
import { describe, expect, it } from "vitest";
import { createFaqIndex } from "../../../../shared/search/index.js";
import { demoScenarioFaq } from "../fixtures/demoScenarioFaq.js";
import { expectWellFormed } from "./wellFormed.js";
import { blindQuestions } from "./blindQuestions.js";
import { blind2Questions } from "./blind2Questions.js";
import { formatStrong, measureStrong } from "./measure.js";
import { evalQuestions } from "./questions.js";

describe("third held-out set, blind2 (totals only)", () => {
  it("is sourced, labelled with existing entries, new, and about half unanswerable", () => {
    expectWellFormed(blind2Questions, demoScenarioFaq, [evalQuestions, blindQuestions], 30);
  });

  it("prints its figures over the shipped FAQ (bare entries)", () => {
    const report = measureStrong(createFaqIndex(demoScenarioFaq), blind2Questions);
    console.log(formatStrong("blind2, shipped FAQ", report, false));
    expect(report.at3).toBeGreaterThanOrEqual(BLIND2.at3);
    expect(report.strongRight).toBeGreaterThanOrEqual(BLIND2.strongRight);
    expect(report.noStrong).toBeGreaterThanOrEqual(BLIND2.noStrong);
  });
});

// Measured once before any change made for it (this commit): recall@1 66.7 %, recall@3 90.5 %, strong top hit 47.6 %
// (right 42.9 %), no strong hit on unanswerable 91.3 %. (A first draft of the set with six questions copied word for
// word from the older sets gave 90.5 / 42.9 / 95.7 %; those six were reworded as callers would say them.) Floors: a
// regression guard. After the third strong rule (shared/search/README.md): recall@1 71.4 %, recall@3 90.5 %, strong
// 47.6 % (right 42.9 %), no strong 91.3 %; the totals were seen three times in all (see the README).
const BLIND2 = { at3: 0.85, strongRight: 0.4, noStrong: 0.85 };
