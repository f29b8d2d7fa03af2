import { describe, expect, it } from "vitest";
import { derivedStems, stemSv } from "../../../shared/search/stemSv.js";
import { stemEn } from "../../../shared/search/stemEn.js";

const family = (word: string): string[] => {
  const stem = stemSv(word);
  return [stem, ...derivedStems(stem)];
};
const meet = (a: string, b: string): boolean => family(a).some((t) => family(b).includes(t));

describe("Swedish stemmer", () => {
  it("follows Snowball on its documented examples", () => {
    expect(stemSv("jaktkarlarne")).toBe("jaktkarl");
    expect(stemSv("jaktkarlens")).toBe("jaktkarl");
    expect(stemSv("klokheten")).toBe("klok");
    expect(stemSv("klokast")).toBe("klok");
  });

  it("gives the inflections of a verb one stem: koka, kokar, kokade, kokat, kokas", () => {
    const stems = new Set(["koka", "kokar", "kokade", "kokat", "kokas"].map(stemSv));
    expect([...stems]).toEqual(["kok"]);
  });

  it("lets the verbal noun kokning meet koka and kokar", () => {
    expect(meet("kokning", "koka")).toBe(true);
    expect(meet("kokningen", "kokar")).toBe(true);
    expect(meet("hämtning", "hämta")).toBe(true);
  });

  it("lets vattnet meet vatten, and other words that drop the e of -en/-er/-el", () => {
    expect(stemSv("vattnet")).toBe(stemSv("vatten"));
    expect(stemSv("vattnets")).toBe(stemSv("vatten"));
    expect(stemSv("vädret")).toBe(stemSv("väder"));
    expect(stemSv("nycklar")).toBe(stemSv("nyckel"));
  });

  it("gives every form of a noun ending in s the stem of the bare noun: plats, platsen, platser, platserna", () => {
    const stems = new Set(["plats", "platsen", "platser", "platserna", "platsens"].map(stemSv));
    expect([...stems]).toEqual([stemSv("plats")]);
    expect(stemSv("samlingsplatsen")).toBe(stemSv("samlingsplats"));
    expect(stemSv("kursen")).toBe(stemSv("kurs"));
    // A short stem keeps its s, as Snowball keeps it in the bare word: hus, huset, ljus, ljuset.
    expect(stemSv("huset")).toBe(stemSv("hus"));
    expect(stemSv("ljuset")).toBe(stemSv("ljus"));
  });

  it("gives definite forms in -an the stem of the bare noun", () => {
    expect(stemSv("skolan")).toBe(stemSv("skola"));
    expect(stemSv("soptunnan")).toBe(stemSv("soptunna"));
  });

  it("gives participles and neuter adjectives the stem of their base", () => {
    expect(stemSv("stängt")).toBe(stemSv("stänga"));
    expect(stemSv("stängd")).toBe(stemSv("stänga"));
    expect(meet("kallt", "kall")).toBe(true);
  });

  it("maps past forms of strong verbs to the present stem", () => {
    expect(stemSv("druckit")).toBe(stemSv("dricka"));
    expect(stemSv("drack")).toBe(stemSv("dricker"));
    expect(stemSv("brann")).toBe(stemSv("brinner"));
  });

  it("leaves short words and words without a suffix in R1 alone", () => {
    expect(stemSv("el")).toBe("el");
    expect(stemSv("rök")).toBe("rök");
    expect(stemSv("hamn")).toBe("hamn");
  });

  it("does not merge words that only look alike", () => {
    expect(meet("brand", "bränder")).toBe(false); // umlaut plural: left to fuzzy matching
    expect(stemSv("ström")).not.toBe(stemSv("strömavbrott"));
  });

  it("does not take the t off an adverb or adjective that is no participle (borta is not a form of bo)", () => {
    expect(meet("borta", "bor")).toBe(false);
    expect(meet("bort", "bor")).toBe(false);
    expect(meet("svart", "svar")).toBe(false);
    expect(meet("snart", "snar")).toBe(false);
    // The participle rule itself still holds.
    expect(meet("stängt", "stänga")).toBe(true);
  });
});

describe("English stemmer", () => {
  it("removes plurals, -ing and -ed", () => {
    expect(stemEn("outages")).toBe(stemEn("outage"));
    expect(stemEn("boiling")).toBe(stemEn("boil"));
    expect(stemEn("restored")).toBe(stemEn("restore"));
    expect(stemEn("stopped")).toBe("stop");
    // A silent e of a four-letter base goes too, so the -ing form meets the base and its -s form.
    expect(stemEn("coming")).toBe(stemEn("comes"));
    expect(stemEn("making")).toBe(stemEn("make"));
    expect(stemEn("closing")).toBe(stemEn("close"));
  });
});
