/**
 * The fitted strong score (eighth round): the hand-written rule is one input among the evidence it weighs; it keeps
 * most of the rule's decisions, overturns a rule-strong hit with a near rival and little of the entry's question
 * asked, and lets a caller's question that asks an entry's whole question amid when/where/who words be strong.
 */
import { describe, expect, it } from "vitest";
import { createFaqIndex, type FaqEntry } from "../../../shared/search/index.js";
import { STRONG_MODEL, isStrongByModel, strongScore, type StrongEvidence } from "../../../shared/search/strongModel.js";

const typical: StrongEvidence = {
  rule: true,
  coverage: 0.7,
  reverse: 0.6,
  margin: 3,
  rareWords: 1,
  specific: true,
  lightShare: 0.1,
  partialShare: 0.1,
  contentWords: 4,
  rivalReverse: 0.2,
  unknownTopicShare: 0,
};

describe("strong score", () => {
  it("is strong for a hit the rule finds strong with a clear margin", () => {
    expect(isStrongByModel(typical)).toBe(true);
  });

  it("rises with coverage, reverse coverage, margin and the rule's verdict, falls with an unknown topic", () => {
    const base = strongScore(typical);
    expect(strongScore({ ...typical, coverage: 0.9 })).toBeGreaterThan(base);
    expect(strongScore({ ...typical, reverse: 0.9 })).toBeGreaterThan(base);
    expect(strongScore({ ...typical, margin: 6 })).toBeGreaterThan(base);
    expect(strongScore({ ...typical, rule: false })).toBeLessThan(base);
    expect(strongScore({ ...typical, unknownTopicShare: 0.4 })).toBeLessThan(base);
    expect(strongScore({ ...typical, rivalReverse: 0.9 })).toBeLessThan(base);
    expect(strongScore({ ...typical, contentWords: 9 })).toBeLessThan(base);
  });

  it("caps the margin and the counts, so no rival at all is no infinite evidence", () => {
    expect(Number.isFinite(strongScore({ ...typical, margin: Infinity }))).toBe(true);
    expect(strongScore({ ...typical, margin: Infinity })).toBe(strongScore({ ...typical, margin: 9 }));
    expect(strongScore({ ...typical, rareWords: 7 })).toBe(strongScore({ ...typical, rareWords: 3 }));
    expect(strongScore({ ...typical, margin: 0.5 })).toBe(strongScore({ ...typical, margin: 1 }));
  });

  it("overturns the rule when a rival is close and little of the entry's own question is asked", () => {
    expect(isStrongByModel({ ...typical, margin: 1.15, reverse: 0.2, rareWords: 0, rivalReverse: 0.5 })).toBe(false);
  });

  it("makes a question strong that asks an entry's whole question amid a caller's context words", () => {
    const chatty: StrongEvidence = {
      ...typical,
      rule: false,
      coverage: 0.4,
      reverse: 1,
      margin: 8,
      lightShare: 0.2,
      contentWords: 5,
    };
    expect(isStrongByModel(chatty)).toBe(true);
    expect(isStrongByModel({ ...chatty, reverse: 0.3 })).toBe(false);
  });

  it("has its threshold inside the range of scores it separates", () => {
    expect(STRONG_MODEL.threshold).toBeGreaterThan(strongScore({ ...typical, rule: false, coverage: 0, reverse: 0 }));
    expect(STRONG_MODEL.threshold).toBeLessThan(strongScore({ ...typical, coverage: 1, reverse: 1 }));
  });
});

describe("strong score in the index", () => {
  const entry = (id: string, question: string, answer: string): FaqEntry => ({
    id,
    question,
    answer,
    tags: [],
    language: "sv",
    incidentId: null,
    status: "published",
  });
  const bath = entry("bath", "Kan barnen bada när vattnet ska kokas?", "Ja, men låt dem inte svälja vattnet.");
  const boil = entry("boil", "Hur länge ska vattnet kokas?", "Låt det koka upp.");
  // Asks the bath entry's whole question; "plaskpoolen" and "bakgården" are words no entry uses, so the coverage stays
  // under the rule's 0.55, and the boil entry is met too (through "vattnet kokas"), far behind.
  const chatty = "barnen vill bada i plaskpoolen på bakgården, går det när vattnet kokas";
  const places = ["biblioteket", "simhallen", "stadshuset", "återvinningen", "ishallen", "kyrkogården", "hamnen"];
  const fillers = places.flatMap((place, i) => [
    entry(`open-${i}`, `När har ${place} öppet?`, `Se ${place}s sida för öppettider.`),
    entry(`find-${i}`, `Hur hittar jag till ${place}?`, `Buss till ${place} går från torget.`),
    entry(`book-${i}`, `Kan jag boka tid på ${place}?`, `Boka via e-tjänsten för ${place}.`),
  ]);

  it("is strong for a chatty caller who asks an entry's whole question in an FAQ of 20 or more entries", () => {
    const hits = createFaqIndex([bath, boil, ...fillers]).search(chatty);
    expect(hits.slice(0, 2).map((h) => h.id)).toEqual(["bath", "boil"]);
    expect(hits[0]?.coverage).toBeLessThan(0.55);
    expect(hits[0]?.strong).toBe(true);
  });

  it("keeps the rule alone in a small FAQ", () => {
    const hit = createFaqIndex([bath, boil, ...fillers.slice(0, 5)]).search(chatty)[0];
    expect(hit?.id).toBe("bath");
    expect(hit?.strong).toBe(false);
  });
});
