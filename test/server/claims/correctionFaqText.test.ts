import { describe, expect, it } from "vitest";
import { FAQ_LIMITS } from "../../../shared/index.js";
import { answerFromCorrection, questionFromClaim } from "../../../server/domain/contact/correctionFaqText.js";

describe("FAQ text from a correction", () => {
  it("asks about the claim as quoted, in the correction's language, without the claim's own end mark", () => {
    expect(questionFromClaim("  Skolorna   stänger i morgon!! ", "sv")).toBe(
      "Stämmer det att ”Skolorna stänger i morgon”?",
    );
    expect(questionFromClaim("Schools close tomorrow.", "en")).toBe("Is it true that ”Schools close tomorrow”?");
  });

  it("cuts a long claim so the question fits the FAQ's limit, marking the cut", () => {
    const q = questionFromClaim("ord ".repeat(400), "sv");
    expect(q.length).toBeLessThanOrEqual(FAQ_LIMITS.questionMax);
    expect(q.endsWith("…”?")).toBe(true);
  });

  it("puts the headline first, then the contact-centre text when derived, else instruction and body", () => {
    const c = {
      headline: "Vattnet är säkert",
      body: "Prover visar inga gifter.",
      instruction: "Drick som vanligt.",
      contactCentre: null,
    };
    expect(answerFromCorrection(c)).toBe("Vattnet är säkert\n\nDrick som vanligt.\n\nProver visar inga gifter.");
    expect(answerFromCorrection({ ...c, contactCentre: "Säg: vattnet går att dricka." })).toBe(
      "Vattnet är säkert\n\nSäg: vattnet går att dricka.",
    );
    expect(answerFromCorrection({ ...c, instruction: " " })).toBe("Vattnet är säkert\n\nProver visar inga gifter.");
    expect(answerFromCorrection({ ...c, body: "x".repeat(9_000) }).length).toBe(FAQ_LIMITS.answerMax);
  });
});
