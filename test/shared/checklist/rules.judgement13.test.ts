/**
 * Thirteenth round: a page that keeps its earlier dated updates below the current one is no self-contradiction. The
 * wordings are written for these tests, each next to the nearest form that must be judged the other way.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, type Input } from "./helpers.js";

const ruleIds = (input: Input) => findingsOf(input).map((f) => f.ruleId);

describe("[FA15] earlier dated updates kept on the page", () => {
  it("lets the lifted notice stand above the update that said it still applied", () => {
    const input = {
      title: "Kokningsrekommendationen i Ekby hävs",
      body: [
        "Nu hävs rekommendationen att koka vattnet i Ekby. Proverna visar att vattnet kan drickas.",
        "",
        "Uppdatering 2026-12-06, kl 09.00",
        "Kokningsrekommendationen hävs från och med nu.",
        "",
        "Uppdatering 2026-12-04, kl 13.00",
        "Kokningsrekommendationen kvarstår. Nya prover tas varje dag.",
      ].join("\n"),
    };
    expect(ruleIds(input)).not.toContain("FA15");
  });

  it("still refuses the same two states in one update", () => {
    const input = {
      title: "Kokningsrekommendationen i Ekby hävs",
      body: [
        "Uppdatering 2026-12-06, kl 09.00",
        "Nu hävs rekommendationen att koka vattnet i Ekby. Kokningsrekommendationen kvarstår. Nya prover tas varje dag.",
      ].join("\n"),
    };
    expect(ruleIds(input)).toContain("FA15");
  });

  it("still refuses them on a page with no dated updates", () => {
    const input = {
      title: "Kokningsrekommendationen i Ekby hävs",
      body: "Nu hävs rekommendationen att koka vattnet i Ekby.\n\nKokningsrekommendationen kvarstår. Nya prover tas varje dag.",
    };
    expect(ruleIds(input)).toContain("FA15");
  });
});

describe("[AC9 and the other evidence rules] an FAQ entry is judged by its answer", () => {
  it("refuses an empty answer, whatever its question says", () => {
    for (const body of ["", " ", "–"]) {
      const ids = ruleIds({ kind: "faq", title: "Får man fylla poolen i Ekby?", body });
      expect(ids).toEqual(expect.arrayContaining(["AC9", "OP5", "FA10", "FS6", "IM8", "AU17"]));
    }
  });

  it("lets a short answer stand: one word can be the whole answer", () => {
    for (const body of [
      "Ring 112.",
      "Nej, det är förbjudet att fylla poolen just nu eftersom vattnet behövs till dricksvatten.",
    ]) {
      expect(ruleIds({ kind: "faq", title: "Vad gör jag om jag får svårt att andas?", body })).not.toContain("AC9");
    }
  });
});
