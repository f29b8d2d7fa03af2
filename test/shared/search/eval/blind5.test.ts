/**
 * The sixth held-out set (blind5Questions.ts) over the FAQ the product ships (demo + scenario drafts): only its
 * well-formedness is checked here; its items are never printed, so it stays held out.
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
import { formatStrong, measureStrong } from "./measure.js";
import { evalQuestions } from "./questions.js";

describe("sixth held-out set, blind5", () => {
  it("is sourced, labelled with existing entries, new, and about half unanswerable", () => {
    expectWellFormed(
      blind5Questions,
      demoScenarioFaq,
      [evalQuestions, blindQuestions, blind2Questions, blind3Questions, blind4Questions],
      50,
    );
  });

  it("prints its totals over the shipped FAQ (bare entries) and holds what the fifth round reached", () => {
    const report = measureStrong(createFaqIndex(demoScenarioFaq), blind5Questions);
    console.log(formatStrong("blind5, shipped FAQ", report, false));
    expect(report.at3).toBeGreaterThanOrEqual(BLIND5.at3);
    expect(report.strongRight).toBeGreaterThanOrEqual(BLIND5.strongRight);
    expect(report.noStrong).toBeGreaterThanOrEqual(BLIND5.noStrong);
  });
});

// Measured once at the end of the fifth round (README), totals only, 44 answerable and 36 unanswerable questions:
// recall@1 86.4 %, recall@3 95.5 %, strong 61.4 % (right 54.5 %), no strong hit on unanswerable 91.7 % (at d706712,
// before the round: 84.1 / 95.5 / 50.0 (40.9) / 86.1 %). Floors a little under: a regression guard, not the target.
const BLIND5 = { at3: 0.93, strongRight: 0.5, noStrong: 0.88 };
