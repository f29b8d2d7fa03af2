/**
 * The ninth held-out set (blind8Questions.ts) over the FAQ the product ships (demo + scenario drafts): only its
 * well-formedness is checked here; its items are never printed or measured, so it stays held out.
 */
import { describe, expect, it } from "vitest";
import { demoScenarioFaq } from "../fixtures/demoScenarioFaq.js";
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
    const known = new Set(demoScenarioFaq.map((e) => e.id));
    const labels = blind8Questions.flatMap((q) =>
      q.expected === null ? [] : typeof q.expected === "string" ? [q.expected] : [...q.expected],
    );
    expect(labels.filter((id) => !known.has(id))).toEqual([]);
    expect(blind8Questions.every((q) => /^https?:\/\//.test(q.source))).toBe(true);
    const old = new Set(
      [
        ...evalQuestions,
        ...blindQuestions,
        ...blind2Questions,
        ...blind3Questions,
        ...blind4Questions,
        ...blind5Questions,
        ...blind6Questions,
        ...blind7Questions,
      ].map((q) => q.q),
    );
    expect(blind8Questions.filter((q) => old.has(q.q))).toEqual([]);
    expect(new Set(blind8Questions.map((q) => q.q)).size).toBe(blind8Questions.length);
    expect(blind8Questions.length).toBeGreaterThanOrEqual(60);
    const share = blind8Questions.filter((q) => q.expected === null).length / blind8Questions.length;
    expect(share).toBeGreaterThanOrEqual(0.4);
    expect(share).toBeLessThanOrEqual(0.6);
  });
});
