import { describe, expect, it } from "vitest";
import { clusterQuestions } from "../../../server/domain/contact/clusters.js";
import { questionKey, signature, similarity } from "../../../server/domain/contact/questions.js";

const sim = (a: string, b: string) => similarity(signature(a), signature(b));

describe("question similarity (shared search analysis)", () => {
  it("lets inflections and the verbal noun meet: kokar, koka, kokning", () => {
    expect(sim("kokar vattnet", "koka vatten")).toBe(1);
    expect(sim("kokning av vatten", "koka vattnet")).toBe(1);
  });

  it("ignores word order, case and stop words", () => {
    expect(questionKey("Får man grilla i parken?")).toBe(questionKey("i PARKEN, får man grilla"));
    expect(sim("Var kan jag hämta vatten?", "hämta vatten var")).toBe(1);
  });

  it("keeps different questions apart", () => {
    expect(sim("Var kan jag hämta vatten?", "Hur ska jag koka vattnet?")).toBeLessThan(0.6);
    expect(sim("Får man grilla i parken?", "Är skolan stängd?")).toBe(0);
    expect(similarity(signature("och det att"), signature("koka"))).toBe(0);
  });

  it("keys a question of stop words only on its text", () => {
    expect(questionKey("Hallå?")).toBe("hallå?");
  });
});

describe("clustering", () => {
  const item = (question: string, faqEntryId: string | null = null) => ({
    question,
    faqEntryId,
    resolution: "answered_first_contact" as const,
  });

  it("joins a question logged without an entry to the entry that answers it", () => {
    const clusters = clusterQuestions(
      [item("koka vatten", "e1"), item("hur länge ska man koka vattnet"), item("grilla i parken")],
      new Map([["e1", "Hur ska jag koka vattnet?"]]),
    );
    expect(clusters.map((c) => [c.key, c.members.length])).toEqual([
      ["faq:e1", 2],
      [`q:${questionKey("grilla i parken")}`, 1],
    ]);
  });

  it("counts wordings, most frequent first", () => {
    const [c] = clusterQuestions(
      [item("Grilla i parken?"), item("får man grilla i parken"), item("får man grilla i parken")],
      new Map(),
    );
    expect(c?.wordings).toEqual([
      { text: "får man grilla i parken", count: 2 },
      { text: "Grilla i parken?", count: 1 },
    ]);
  });
});
