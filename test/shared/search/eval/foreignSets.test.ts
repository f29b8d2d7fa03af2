/**
 * The caller-question sets written over foreign FAQs that nobody tuning the engine reads (blind12–blind15): each is
 * checked for well-formedness against every set before it, and its totals are printed. blind12 and blind13 were held
 * out when written and are tuning material since (tuningSets.ts, whose floors hold them); blind14 and blind15 are HELD
 * OUT as a whole: figures only, never tune on them. Items are never printed and no score floor is asserted here, so
 * that nothing in this file invites tuning towards the held-out sets.
 */
import { describe, expect, it } from "vitest";
import { createFaqIndex, type FaqEntry } from "../../../../shared/search/index.js";
import { foreignFaqD } from "../fixtures/foreignFaqD.js";
import { foreignFaqE } from "../fixtures/foreignFaqE.js";
import { foreignFaqF } from "../fixtures/foreignFaqF.js";
import { foreignFaqG } from "../fixtures/foreignFaqG.js";
import { expectWellFormed } from "./wellFormed.js";
import { formatStrong, measureStrong } from "./measure.js";
import type { EvalQuestion } from "./questions.js";
import { evalQuestions } from "./questions.js";
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

/** Every question set in the order written: a set must repeat none of those before it. */
const WRITTEN: readonly (readonly EvalQuestion[])[] = [
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
  blind15Questions,
];

const SETS: ReadonlyArray<{
  name: string;
  round: string;
  faqName: string;
  faq: FaqEntry[];
  questions: readonly EvalQuestion[];
}> = [
  { name: "blind12", round: "eighth", faqName: "foreign FAQ D", faq: foreignFaqD, questions: blind12Questions },
  { name: "blind13", round: "ninth", faqName: "foreign FAQ E", faq: foreignFaqE, questions: blind13Questions },
  { name: "blind14", round: "tenth", faqName: "foreign FAQ F", faq: foreignFaqF, questions: blind14Questions },
  { name: "blind15", round: "tenth", faqName: "foreign FAQ G", faq: foreignFaqG, questions: blind15Questions },
];

describe.each(SETS)("$name over $faqName (written in the $round search round)", ({ name, faq, faqName, questions }) => {
  it("is sourced, labelled with existing entries, new, and about half unanswerable", () => {
    const earlier = WRITTEN.slice(0, WRITTEN.indexOf(questions));
    expect(earlier.length).toBeGreaterThan(10);
    expectWellFormed(questions, faq, earlier, 70);
  });

  it("prints its totals over the foreign FAQ", () => {
    const report = measureStrong(createFaqIndex(faq), questions);
    console.log(formatStrong(`${name}, ${faqName}`, report, false));
    expect(report.answerable + report.unanswerable).toBe(questions.length);
    expect(report.answerable).toBeGreaterThan(0);
    expect(report.unanswerable).toBeGreaterThan(0);
  });
});
