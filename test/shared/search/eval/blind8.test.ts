/**
 * The ninth held-out set (blind8Questions.ts) over the FAQ the product ships (demo + scenario drafts): only its
 * well-formedness is checked here; its items are never printed or measured, so it stays held out.
 */
import { describe, it } from "vitest";
import { demoScenarioFaq } from "../fixtures/demoScenarioFaq.js";
import { expectWellFormed } from "./wellFormed.js";
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
});
