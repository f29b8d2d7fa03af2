/**
 * The ninth held-out set (blind8Questions.ts) over the FAQ the product ships (demo + scenario drafts): only its
 * well-formedness is checked and its totals printed; its items are never printed, so it stays held out.
 */
import { describe, expect, it } from "vitest";
import { createFaqIndex } from "../../../../shared/search/index.js";
import { demoScenarioFaq } from "../fixtures/demoScenarioFaq.js";
import { expectWellFormed } from "./wellFormed.js";
import { formatStrong, measureStrong } from "./measure.js";
import { blindQuestions } from "./blindQuestions.js";
import { blind2Questions } from "./blind2Questions.js";
import { blind3Questions } from "./blind3Questions.js";
import { blind4Questions } from "./blind4Questions.js";
import { blind5Questions } from "./blind5Questions.js";
import { blind6Questions } from "./blind6Questions.js";
import { blind7Questions } from "./blind7Questions.js";
import { blind8Questions } from "./blind8Questions.js";
import { evalQuestions } from "./questions.js";

describe("ninth held-out set, blind8", () => {
  it("is sourced, labelled with existing entries, new, and about half unanswerable", () => {
    expectWellFormed(
      blind8Questions,
      demoScenarioFaq,
      [
        evalQuestions,
        blindQuestions,
        blind2Questions,
        blind3Questions,
        blind4Questions,
        blind5Questions,
        blind6Questions,
        blind7Questions,
      ],
      60,
    );
  });

  it("prints its totals over the shipped FAQ and holds what was measured", () => {
    const report = measureStrong(createFaqIndex(demoScenarioFaq), blind8Questions);
    console.log(formatStrong("blind8, shipped FAQ", report, false));
    expect(report.at3).toBeGreaterThanOrEqual(0.86);
    expect(report.strongRight).toBeGreaterThanOrEqual(0.35);
    expect(report.noStrong).toBeGreaterThanOrEqual(0.9);
  });
});

// The sixth round's held-out set, written by another author and never tuned on, measured twice (totals only), 62
// answerable and 51 unanswerable questions: at f3c32f5 recall@1 62.9 %, @3 80.6 %, strong 35.5 % (right 32.3 %), no
// strong 96.1 %; after the round 66.1 / 82.3 / 37.1 (33.9) / 94.1 %. Tuning material in the seventh round, after it
// 67.7 / 88.7 / 40.3 (37.1) / 94.1 %. Floors a little under: a regression guard.
