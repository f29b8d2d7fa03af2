import { describe, expect, it } from "vitest";
import { createFaqIndex, highlightSpans } from "../../../shared/search/index.js";
import { faqEntries } from "./fixtures/faq.js";

const marked = (text: string, terms: readonly string[]): string[] =>
  highlightSpans(text, terms).map((s) => text.slice(s.start, s.end));

describe("highlighting a hit", () => {
  it("marks the inflected words of the answer that the query matched by stem", () => {
    const index = createFaqIndex(faqEntries);
    const [hit] = index.search("koka vatten", { limit: 1 });
    if (!hit) throw new Error("no hit");
    const words = marked(hit.entry.question, hit.matchedTerms).map((w) => w.toLowerCase());
    expect(words).toEqual(expect.arrayContaining(["koka", "vattnet"]));
  });

  it("marks nothing for terms the text does not contain", () => {
    expect(marked("Hur länge gäller rekommendationen?", ["ström"])).toEqual([]);
  });

  it("returns offsets into the original text, capitals and all", () => {
    expect(highlightSpans("Var kan jag hämta VATTEN?", ["vatt"])).toEqual([{ start: 18, end: 24 }]);
  });
});
