import { describe, expect, it } from "vitest";
import { createFaqIndex, type FaqEntry } from "../../../shared/search/index.js";
import { faqEntries } from "./fixtures/faq.js";
import { questions } from "./fixtures/questions.js";

function prng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe("index maintenance", () => {
  it("gives the same ranking and scores after random updates as an index built fresh from the result", () => {
    const rnd = prng(7);
    const live = createFaqIndex<FaqEntry>(faqEntries);
    const current = new Map(faqEntries.map((e) => [e.id, e]));
    for (let i = 0; i < 400; i++) {
      const base = faqEntries[Math.floor(rnd() * faqEntries.length)];
      if (!base) continue;
      const roll = rnd();
      if (roll < 0.15) {
        live.remove(base.id);
        current.delete(base.id);
      } else if (roll < 0.25) {
        const archived: FaqEntry = { ...base, status: "archived" };
        live.update(archived);
        current.delete(base.id);
      } else {
        const donor = faqEntries[Math.floor(rnd() * faqEntries.length)];
        const changed: FaqEntry = {
          ...base,
          answer: `${base.answer} ${donor?.question ?? ""}`,
          tags: [...base.tags, `t${i % 5}`],
        };
        live.update(changed);
        current.set(base.id, changed);
      }
    }
    const fresh = createFaqIndex([...current.values()]);
    expect(live.size).toBe(fresh.size);
    for (const { q } of questions.slice(0, 60)) {
      const a = live.search(q, { limit: 5 });
      const b = fresh.search(q, { limit: 5 });
      expect(a.map((h) => h.score)).toEqual(b.map((h) => expect.closeTo(h.score, 9)));
      expect(a.map((h) => h.id)).toEqual(b.map((h) => h.id));
    }
  });
});
