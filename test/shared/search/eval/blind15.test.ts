/**
 * HELD OUT as a whole: measured once at the end of the tenth search round; figures only, never tune on it.
 *
 * Caller questions (blind15Questions.ts) over a seventh foreign FAQ (foreignFaqG.ts) that nobody tuning the engine
 * reads, so its figures say whether the search generalises beyond the FAQs it was tuned on. Only its
 * well-formedness is checked and its totals printed; its items are never printed, and no score floor is asserted, so
 * that nothing in this file invites tuning towards it.
 */
import { describe, expect, it } from "vitest";
import { createFaqIndex } from "../../../../shared/search/index.js";
import { foreignFaqG } from "../fixtures/foreignFaqG.js";
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
import { blind10Questions } from "./blind10Questions.js";
import { blind11Questions } from "./blind11Questions.js";
import { blind12Questions } from "./blind12Questions.js";
import { blind13Questions } from "./blind13Questions.js";
import { blind14Questions } from "./blind14Questions.js";
import { blind15Questions } from "./blind15Questions.js";
import { evalQuestions } from "./questions.js";

describe("tenth round's held-out set, blind15 over a seventh foreign FAQ", () => {
  it("is sourced, labelled with existing entries, new, and about half unanswerable", () => {
    expectWellFormed(
      blind15Questions,
      foreignFaqG,
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
        blind9Questions,
        blind10Questions,
        blind11Questions,
        blind12Questions,
        blind13Questions,
        blind14Questions,
      ],
      70,
    );
  });

  it("prints its totals over the foreign FAQ", () => {
    const report = measureStrong(createFaqIndex(foreignFaqG), blind15Questions);
    console.log(formatStrong("blind15, foreign FAQ G", report, false));
    expect(report.answerable + report.unanswerable).toBe(blind15Questions.length);
    expect(report.answerable).toBeGreaterThan(0);
    expect(report.unanswerable).toBeGreaterThan(0);
  });
});
