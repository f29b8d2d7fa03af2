/**
 * The seventh held-out set (blind6Questions.ts) over the FAQ the product ships (demo + scenario drafts): only its
 * well-formedness is checked here; its items are never printed or measured, so it stays held out.
 */
import { describe, expect, it } from "vitest";
import { createFaqIndex } from "../../../../shared/search/index.js";
import { demoScenarioFaq } from "../fixtures/demoScenarioFaq.js";
import { expectWellFormed } from "./wellFormed.js";
import { blindQuestions } from "./blindQuestions.js";
import { blind2Questions } from "./blind2Questions.js";
import { blind3Questions } from "./blind3Questions.js";
import { blind4Questions } from "./blind4Questions.js";
import { blind5Questions } from "./blind5Questions.js";
import { blind6Questions } from "./blind6Questions.js";
import { formatStrong, measureStrong } from "./measure.js";
import { evalQuestions } from "./questions.js";

describe("seventh held-out set, blind6", () => {
  it("is sourced, labelled with existing entries, new, and about half unanswerable", () => {
    expectWellFormed(
      blind6Questions,
      demoScenarioFaq,
      [evalQuestions, blindQuestions, blind2Questions, blind3Questions, blind4Questions, blind5Questions],
      50,
    );
  });

  it("prints its totals over the shipped FAQ (bare entries) and holds what was measured", () => {
    const report = measureStrong(createFaqIndex(demoScenarioFaq), blind6Questions);
    console.log(formatStrong("blind6, shipped FAQ", report, false));
    expect(report.at3).toBeGreaterThanOrEqual(0.93);
    expect(report.strongRight).toBeGreaterThanOrEqual(0.45);
    expect(report.noStrong).toBeGreaterThanOrEqual(0.86);
  });
});

// Written during the fifth round by another author, never tuned on, measured twice (totals only), 46 answerable and
// 37 unanswerable questions: at d706712 recall@1 80.4 %, @3 93.5 %, strong 43.5 % (right 41.3 %), no strong 89.2 %;
// after the round 84.8 / 95.7 / 43.5 (43.5) / 89.2 %; after the seventh round 87.0 / 95.7 / 47.8 (47.8) / 89.2 %.
// Floors a little under: a regression guard, not the target.
