/**
 * Every tuning set of the FAQ search, each with the FAQ it asks about, for the scripts that print or fit figures
 * over all of them (scripts/search-eval.ts). Only tuning material: a round's held-out
 * set is never listed here.
 */
import type { FaqEntry } from "../../../../shared/search/index.js";
import { faqEntries } from "../fixtures/faq.js";
import { demoScenarioFaq } from "../fixtures/demoScenarioFaq.js";
import { foreignFaqA } from "../fixtures/foreignFaqA.js";
import { foreignFaqB } from "../fixtures/foreignFaqB.js";
import { foreignFaqC } from "../fixtures/foreignFaqC.js";
import { foreignFaqD } from "../fixtures/foreignFaqD.js";
import { foreignFaqE } from "../fixtures/foreignFaqE.js";
import type { EvalQuestion } from "./questions.js";
import { heldOutQuestions, tuningQuestions } from "./questions.js";
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
import { shippedTuneQuestions } from "./shippedTuneQuestions.js";

export interface TuningSet {
  name: string;
  faq: FaqEntry[];
  questions: readonly EvalQuestion[];
  /** False for a second view of a set already counted (the same questions over other entries). */
  pooled: boolean;
}

const bare = (entries: readonly FaqEntry[]): FaqEntry[] => entries.map((e) => ({ ...e, tags: [], incidentId: null }));
/** As the hidden evaluation builds entries: every entry "sv", English ones too. */
const allSv = (entries: readonly FaqEntry[]): FaqEntry[] => entries.map((e) => ({ ...e, language: "sv" as const }));

export const tuningSets: readonly TuningSet[] = [
  { name: "fixture tuning part", faq: faqEntries, questions: tuningQuestions, pooled: true },
  { name: "fixture tuning, bare", faq: bare(faqEntries), questions: tuningQuestions, pooled: false },
  { name: "old held-out part", faq: faqEntries, questions: heldOutQuestions, pooled: true },
  { name: "blind (bare)", faq: bare(faqEntries), questions: blindQuestions, pooled: true },
  { name: "shipped tune", faq: demoScenarioFaq, questions: shippedTuneQuestions, pooled: true },
  { name: "blind2", faq: demoScenarioFaq, questions: blind2Questions, pooled: true },
  { name: "blind3", faq: demoScenarioFaq, questions: blind3Questions, pooled: true },
  { name: "blind4", faq: demoScenarioFaq, questions: blind4Questions, pooled: true },
  { name: "blind5", faq: demoScenarioFaq, questions: blind5Questions, pooled: true },
  { name: "blind6", faq: demoScenarioFaq, questions: blind6Questions, pooled: true },
  { name: "blind7", faq: demoScenarioFaq, questions: blind7Questions, pooled: true },
  { name: "blind8", faq: demoScenarioFaq, questions: blind8Questions, pooled: true },
  { name: "blind9 (foreign FAQ A)", faq: foreignFaqA, questions: blind9Questions, pooled: true },
  { name: "blind9, all entries sv", faq: allSv(foreignFaqA), questions: blind9Questions, pooled: false },
  { name: "blind10 (foreign FAQ B)", faq: foreignFaqB, questions: blind10Questions, pooled: true },
  { name: "blind10, all entries sv", faq: allSv(foreignFaqB), questions: blind10Questions, pooled: false },
  // Ninth round: the eighth round's held-out sets (blind11 over C, blind12 over D) and blind13 (over E, measured at
  // the ninth round's start) are studied; blind14 is the ninth round's held-out set and is not listed.
  { name: "blind11 (foreign FAQ C)", faq: allSv(foreignFaqC), questions: blind11Questions, pooled: true },
  { name: "blind12 (foreign FAQ D)", faq: allSv(foreignFaqD), questions: blind12Questions, pooled: true },
  { name: "blind13 (foreign FAQ E)", faq: allSv(foreignFaqE), questions: blind13Questions, pooled: true },
];
