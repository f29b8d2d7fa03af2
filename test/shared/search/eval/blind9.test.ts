/**
 * The tenth held-out set (blind9Questions.ts) over a foreign FAQ (fixtures/foreignFaqA.ts), entries other
 * municipalities and utilities published, so that the measurement says whether the search generalises beyond the FAQ
 * it was tuned on. Written as a held-out set; tuning material since the seventh round (scripts/search-eval.ts prints
 * its questions), so since the eighth round its figures have floors, as the other tuning sets' do.
 */
import { describe, expect, it } from "vitest";
import { createFaqIndex } from "../../../../shared/search/index.js";
import { foreignFaqA } from "../fixtures/foreignFaqA.js";
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
import { blind9Questions } from "./blind9Questions.js";
import { evalQuestions } from "./questions.js";

describe("tenth held-out set, blind9, over a foreign FAQ", () => {
  it("is well-formed: sourced, labelled with existing entries, new, and about half unanswerable", () => {
    expectWellFormed(
      blind9Questions,
      foreignFaqA,
      [
        evalQuestions,
        blindQuestions,
        blind2Questions,
        blind3Questions,
        blind4Questions,
        blind5Questions,
        blind6Questions,
        blind7Questions,
        blind8Questions,
      ],
      80,
    );
  });

  it("prints its totals over the foreign FAQ", () => {
    const report = measureStrong(createFaqIndex(foreignFaqA), blind9Questions);
    console.log(formatStrong("blind9, foreign FAQ A", report, false));
    expect(report.answerable + report.unanswerable).toBe(blind9Questions.length);
    for (const share of [report.at1, report.at3, report.strong, report.strongRight, report.noStrong]) {
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThanOrEqual(1);
    }
    expect(report.strongRight).toBeLessThanOrEqual(report.strong);
    expect(report.at1).toBeLessThanOrEqual(report.at3);
    // Floors since the eighth round, when it was tuning material: there recall@3 100 %, right strong 50.0 %, no
    // strong on unanswerable 97.9 %. A little under: a regression guard, not the target.
    expect(report.at3).toBeGreaterThanOrEqual(0.96);
    expect(report.strongRight).toBeGreaterThanOrEqual(0.46);
    expect(report.noStrong).toBeGreaterThanOrEqual(0.93);
  });
});
