/**
 * The second strong rule: coverage weighted by word length, compounds matched only by their first part,
 * the query's share of the hit's own question, paraphrase classes. Entries built as the evaluation builds
 * them (no tags, no incident).
 */
import { describe, expect, it } from "vitest";
import { createFaqIndex, derivedStems, stemSv, wordTerms } from "../../../shared/search/index.js";
import type { FaqEntry } from "../../../shared/search/index.js";

const entry = (id: string, question: string, answer: string): FaqEntry => ({
  id,
  question,
  answer,
  tags: [],
  language: "sv",
  incidentId: null,
  status: "published",
});

const index = createFaqIndex([
  entry(
    "ersattning",
    "Får jag ersättning från elbolaget för ett långt strömavbrott?",
    "Enligt ellagen har du rätt till avbrottsersättning om avbrottet varar minst tolv timmar.",
  ),
  entry(
    "frys",
    "Vad gör jag med maten i frysen och kylskåpet?",
    "Håll dörrarna stängda – en full frys håller maten fryst i ungefär ett dygn.",
  ),
  entry(
    "koka",
    "Hur ska jag koka vattnet och hur länge?",
    "Låt vattnet koka upp ordentligt. Förvara det kokta vattnet i kylen i rena kärl.",
  ),
  entry(
    "lange",
    "Hur länge gäller kokningsrekommendationen?",
    "Tills två prover i rad visar att vattnet är fritt från bakterier.",
  ),
  entry(
    "rok",
    "Är röken från branden farlig?",
    "Brandrök innehåller alltid hälsoskadliga ämnen. Får du svårt att andas, gå inomhus.",
  ),
  entry(
    "vma",
    "Vad är VMA och hur får jag varningar?",
    "VMA, Viktigt meddelande till allmänheten, sänds i radio och tv och via utomhussignalen Hesa Fredrik.",
  ),
  entry(
    "husdjur",
    "Kan hunden och katten dricka vattnet?",
    "Ja, djur tål vattnet bättre än människor, men ge gärna kokt vatten till valpar.",
  ),
]);
const top = (q: string) => index.search(q, { limit: 5 })[0];

describe("strong rule", () => {
  it("is not strong when the hit's own question is about something more specific than what was asked", () => {
    const hit = top("Varför blir det strömavbrott?");
    expect(hit?.id).toBe("ersattning");
    expect(hit?.strong).toBe(false);
    expect(top("Kan jag få ersättning för strömavbrottet?")).toMatchObject({ id: "ersattning", strong: true });
  });

  it("weighs a long unmatched topic word more than short ones, so a question about another ban stays weak", () => {
    const hit = top("Hur länge gäller bevattningsförbudet?");
    expect(hit?.strong ?? false).toBe(false);
    expect(top("Hur länge gäller kokningsrekommendationen?")).toMatchObject({ id: "lange", strong: true });
  });

  it("gives little credit to a compound matched only through its first part", () => {
    const terms = wordTerms("strömavbrott", "sv");
    expect(terms.find((t) => t.term === stemSv("ström"))?.modifier).toBe(true);
    expect(terms.find((t) => t.term === stemSv("avbrott"))?.modifier).toBeUndefined();
    // "vattenverket" meets the entries only through "vatten": no strong answer about the water works.
    expect(index.search("Vem driver vattenverket?", { limit: 5 }).some((h) => h.strong)).toBe(false);
  });

  it("reads past participles and paraphrases as the words the entries use", () => {
    expect(derivedStems(stemSv("kokta"))).toContain(stemSv("koka"));
    expect(top("Hur ska man förvara kokt vatten?")?.id).toBe("koka");
    expect(top("Är livsmedlen i frysen skadliga nu?")?.id).toBe("frys");
    expect(top("Vilka varningssignaler finns?")?.id).toBe("vma");
  });
});
