import { describe, expect, it } from "vitest";
import type { FaqEntry as StoredFaqEntry } from "../../../shared/schemas/faq.js";
import { createFaqIndex, type FaqEntry } from "../../../shared/search/index.js";
import { looksEnglish } from "../../../shared/search/detectLanguage.js";
import { faqEntries, unpublishedEntries } from "./fixtures/faq.js";

const entry = (over: Partial<FaqEntry> & Pick<FaqEntry, "id">): FaqEntry => ({
  question: "",
  answer: "",
  tags: [],
  language: "sv",
  incidentId: null,
  status: "published",
  ...over,
});
const ids = (hits: { id: string }[]): string[] => hits.map((h) => h.id);
const BOIL = ["vatten-hur-koka", "vatten-varfor-koka", "vatten-hur-lange"];

describe("FAQ index: as-you-type", () => {
  const index = createFaqIndex(faqEntries);

  it("finds the boil entry from the first three letters 'kok'", () => {
    expect(BOIL).toContain(index.search("kok")[0]?.id);
  });

  it("completes the last word while earlier words are matched whole", () => {
    expect(index.search("när kommer strömmen tillb")[0]?.id).toBe("storm-strom-tillbaka");
    expect(ids(index.search("borsta tän").slice(0, 1))).toEqual(["vatten-tander"]);
  });

  it("tolerates typos and missing letters", () => {
    expect(ids(index.search("kokningsrekomendation").slice(0, 3)).some((id) => BOIL.includes(id))).toBe(true);
    expect(index.search("sophämtnign efter stormen")[0]?.id).toBe("storm-sophamtning");
    expect(index.search("trygghetslamr")[0]?.id).toBe("storm-trygghetslarm");
    // Two entries hold "dricksvattnet" only in their answers; either may come first.
    expect(ids(index.search("dricksvatnet").slice(0, 2))).toContain("vatten-varfor-koka");
  });

  it("tolerates a wrong å/ä/ö in a word that is no real word: 'dricksvätten' finds entries about vatten", () => {
    // "vätten" alone is a real word (the plural of "vätte") and is no longer corrected.
    const top = index.search("dricksvätten", { limit: 3 });
    expect(top.length).toBeGreaterThanOrEqual(2);
    for (const hit of top) expect(`${hit.entry.question} ${hit.entry.answer}`.toLowerCase()).toMatch(/vatt/);
  });

  it("reports which query words matched and which index terms", () => {
    const [hit] = index.search("kranvattnet tandborstning");
    expect(hit?.id).toBe("vatten-tander");
    expect(hit?.matchedWords).toEqual(["kranvattnet", "tandborstning"]);
    expect(hit?.matchedTerms.length).toBeGreaterThan(0);
    expect(hit?.matchedTerms.every((t) => !t.startsWith("="))).toBe(true);
  });

  it("returns nothing for an empty or stop-word-only query", () => {
    expect(index.search("")).toEqual([]);
    expect(index.search("hur kan jag")).toEqual([]);
  });

  it("respects the limit and the language filter", () => {
    expect(index.search("vatten", { limit: 2 })).toHaveLength(2);
    const english = index.search("water", { languages: ["en"] });
    expect(english.length).toBeGreaterThan(0);
    expect(english.every((h) => h.entry.language === "en")).toBe(true);
  });

  it("finds English entries by English words anywhere in the query, not only the last", () => {
    const [water] = index.search("water safe to drink from the tap");
    expect(water?.id).toBe("en-tap-water");
    expect(water?.matchedWords).toContain("water");
    const [smoke] = index.search("smoke harmful for children");
    expect(smoke?.id).toBe("en-smoke");
    expect(smoke?.matchedWords).toEqual(expect.arrayContaining(["smoke", "harmful"]));
  });
});

describe("FAQ index: a visitor's English words for the entry's", () => {
  const index = createFaqIndex([
    entry({
      id: "reach",
      question: "How do I reach the municipality?",
      answer: "Call the backup number.",
      language: "en",
    }),
    entry({ id: "bath", question: "Can I shower?", answer: "Yes, you can shower as usual.", language: "en" }),
    entry({ id: "risk", question: "Who is most at risk?", answer: "Older people and small children.", language: "en" }),
  ]);

  it("meets 'contact the council', 'a bath for the toddler' and 'grandma' in the entry's own words", () => {
    expect(index.search("the council website is down, how can I contact you?")[0]?.id).toBe("reach");
    expect(index.search("can my toddler have a bath?")[0]?.id).toBe("bath");
    expect(index.search("is grandma at risk in this heat?")[0]?.id).toBe("risk");
  });

  it("keeps everyday words out of a class: 'bottled water' is no baby formula, 'washing machine' no shower", () => {
    expect(index.search("bottled water")).toEqual([]);
    expect(index.search("washing machine")).toEqual([]);
  });
});

describe("FAQ index: an English entry filed as Swedish", () => {
  // As an import may file every entry: language "sv", the text English.
  const index = createFaqIndex([
    entry({
      id: "pets",
      question: "Do I have to boil water for my pets?",
      answer: "Give them boiled water that has been cooled.",
      language: "sv",
    }),
    entry({
      id: "hund",
      question: "Får hunden dricka vattnet?",
      answer: "Ja, djur tål vattnet bättre än vi.",
      language: "sv",
    }),
  ]);

  it("is read as English, so a visitor's 'dog' meets its 'pets'", () => {
    expect(looksEnglish("Do I have to boil water for my pets?")).toBe(true);
    expect(looksEnglish("Får hunden dricka vattnet om det är kokt?")).toBe(false);
    expect(index.search("can my dog drink it")[0]?.id).toBe("pets");
  });
});

describe("FAQ index: status", () => {
  it("indexes only published entries by default", () => {
    const index = createFaqIndex([...faqEntries, ...unpublishedEntries]);
    expect(index.size).toBe(faqEntries.length);
    expect(ids(index.search("utkast koka vattnet i tio minuter"))).not.toContain("utkast-kok");
    expect(ids(index.search("kokningsrekommendation 2019"))).not.toContain("arkiv-kok");
  });

  it("can include drafts when asked, for the crisis team's own view", () => {
    const index = createFaqIndex([...faqEntries, ...unpublishedEntries], { statuses: ["published", "draft"] });
    expect(ids(index.search("utkast koka vattnet i tio minuter"))[0]).toBe("utkast-kok");
  });
});

describe("FAQ index: incident boost", () => {
  const twins = [
    entry({
      id: "storm-vatten",
      incidentId: "inc-storm",
      question: "Var kan jag hämta vatten?",
      answer: "Vid Folkets hus.",
    }),
    entry({
      id: "vatten-vatten",
      incidentId: "inc-vatten",
      question: "Var kan jag hämta vatten?",
      answer: "Vid Folkets hus.",
    }),
    entry({ id: "allman", question: "Hur hämtar jag vatten i en kris?", answer: "Ha dunkar hemma." }),
  ];

  it("ranks the current incident's entry first among equals, for either incident", () => {
    const index = createFaqIndex(twins);
    expect(index.search("hämta vatten", { incidentId: "inc-storm" })[0]?.id).toBe("storm-vatten");
    expect(index.search("hämta vatten", { incidentId: "inc-vatten" })[0]?.id).toBe("vatten-vatten");
  });

  it("lifts the current incident's entries above a better-scoring entry of another incident", () => {
    const index = createFaqIndex(faqEntries);
    const plain = index.search("vatten");
    const boosted = index.search("vatten", { incidentId: "inc-vatten" });
    // "Fungerar vatten och avlopp under strömavbrottet?" scores above all but one of the water incident's entries
    // (with the answer field weighted 1.5 since December 2026 it is second, not first).
    expect(plain.slice(0, 2).map((h) => h.entry.incidentId)).toContain("inc-storm");
    expect(boosted.slice(0, 3).map((h) => h.entry.incidentId)).toEqual(["inc-vatten", "inc-vatten", "inc-vatten"]);
    expect(boosted.length).toBe(plain.length); // other entries are ranked lower, not dropped
  });

  it("keeps general entries findable while an incident is selected", () => {
    const index = createFaqIndex(faqEntries);
    expect(index.search("var slänger jag grovavfall", { incidentId: "inc-storm" })[0]?.id).toBe("sopor-atervinning");
  });
});

describe("FAQ index: live updates", () => {
  it("finds the new wording of an updated entry and no longer the old one", () => {
    const index = createFaqIndex(faqEntries);
    const old = faqEntries.find((e) => e.id === "vatten-hamta");
    if (!old) throw new Error("fixture vatten-hamta missing");
    expect(ids(index.search("bemannade"))).toContain("vatten-hamta");

    index.update({
      ...old,
      answer: "Tankbilarna har ersatts av en vattenkiosk vid Lillsjö bygdegård, öppen dygnet runt.",
    });

    expect(ids(index.search("bemannade"))).not.toContain("vatten-hamta");
    expect(index.search("vattenkiosk")[0]?.id).toBe("vatten-hamta");
    expect(index.get("vatten-hamta")?.answer).toMatch(/vattenkiosk/);
    expect(index.size).toBe(faqEntries.length);
  });

  it("drops an entry that is archived or removed, and adds a newly published one", () => {
    const index = createFaqIndex(faqEntries);
    const gasol = faqEntries.find((e) => e.id === "storm-gasol");
    if (!gasol) throw new Error("fixture storm-gasol missing");
    index.update({ ...gasol, status: "archived" });
    expect(ids(index.search("gasolkök inomhus"))).not.toContain("storm-gasol");

    index.remove("it-fakturor");
    expect(ids(index.search("faktura bankgiro"))).not.toContain("it-fakturor");

    index.add(
      entry({ id: "ny", incidentId: "inc-storm", question: "Kan jag låna ett elverk av kommunen?", answer: "Nej." }),
    );
    expect(index.search("elverk")[0]?.id).toBe("ny");
    expect(index.size).toBe(faqEntries.length - 1);
  });

  it("survives many updates of the same entry", () => {
    const index = createFaqIndex(faqEntries);
    const base = faqEntries[0];
    if (!base) throw new Error("fixtures empty");
    for (let i = 0; i < 200; i++) index.update({ ...base, answer: `Version ${i}: ord${i}` });
    expect(index.search("ord199")[0]?.id).toBe(base.id);
    expect(ids(index.search("ord5"))).not.toContain(base.id);
  });
});

describe("FAQ index: the stored entry type", () => {
  it("indexes entries of the shared FAQ schema as they are, and returns them typed", () => {
    // Compile-time check as much as a run-time one: the schema's entry must satisfy the search's input shape.
    const index = createFaqIndex<StoredFaqEntry>([]);
    const hits: { entry: StoredFaqEntry }[] = index.search("kok");
    expect(hits).toEqual([]);
  });
});

describe("FAQ index: strong hits", () => {
  const water = faqEntries.filter((e) => e.incidentId === "inc-vatten" && e.language === "sv");
  const index = createFaqIndex(water.map((e) => ({ ...e, incidentId: null, tags: [] })));

  it("never corrects a real word into another: 'borta' does not find 'borsta', and nothing is strong", () => {
    const hits = index.search("strömmen är borta när kommer den");
    expect(hits.map((h) => h.id)).not.toContain("vatten-tander");
    expect(hits.some((h) => h.strong)).toBe(false);
  });

  it("still corrects a typo that is no word ('dusha') and marks a clear answer strong", () => {
    const [hit] = index.search("kan jag borsta tänderna med kranvattnet");
    expect(hit?.id).toBe("vatten-tander");
    expect(hit?.strong).toBe(true);
    expect(hit?.coverage).toBeGreaterThanOrEqual(0.8);
    expect(index.search("dusha")[0]?.id).toBe("vatten-dusch");
  });

  it("marks at most the top hit strong, and not when two entries answer equally well", () => {
    for (const q of ["koka vattnet", "vatten", "hur länge", "kokningsrekommendationen"]) {
      const hits = index.search(q);
      expect(hits.slice(1).some((h) => h.strong)).toBe(false);
    }
    const [first, second] = index.search("vatten");
    expect(first?.strong).toBe(first !== undefined && second !== undefined && first.score >= 1.2 * second.score);
  });

  it("is not strong when only a synonym or a small share of the question matched", () => {
    const [hit] = index.search("kan jag tvätta bilen med vatten från kranen i trädgården");
    expect(hit?.strong ?? false).toBe(false);
  });
});
