import { describe, expect, it } from "vitest";
import { indexTerms } from "../../../shared/search/analyze.js";
import { splitCompound } from "../../../shared/search/compounds.js";
import { normalizeText, tokenize } from "../../../shared/search/normalize.js";
import { analyzeQuery } from "../../../shared/search/query.js";

const shared = (a: string, b: string): string[] => {
  const bs = new Set(indexTerms(b, "sv"));
  return indexTerms(a, "sv").filter((t) => bs.has(t));
};

describe("normalisation", () => {
  it("lower-cases and keeps å, ä and ö", () => {
    expect(normalizeText("Återvinningscentralen ÄR Öppen")).toBe("återvinningscentralen är öppen");
  });

  it("folds other diacritics and Nordic letters", () => {
    expect(normalizeText("Diarré, idé, Müller, Søren, Æble")).toBe("diarre, ide, muller, sören, äble");
  });

  it("splits hyphenated words and keeps their joined form", () => {
    expect(tokenize("IT-attacken")).toEqual([
      { word: "it", joined: "itattacken", atEnd: false },
      { word: "attacken", joined: null, atEnd: true },
    ]);
  });

  it("marks only a word that runs to the end of the text as still being typed", () => {
    expect(tokenize("koka vat").map((t) => t.atEnd)).toEqual([false, true]);
    expect(tokenize("koka vat ").map((t) => t.atEnd)).toEqual([false, false]);
  });
});

describe("compounds", () => {
  it("splits a compound into known parts, head last", () => {
    expect(splitCompound("dricksvattnet")).toEqual(["dricks", "vattnet"]);
    expect(splitCompound("strömavbrottet")).toEqual(["ström", "avbrottet"]);
    expect(splitCompound("kokningsrekommendationen")).toEqual(["koknings", "rekommendationen"]);
    // A head ending in s is known in its definite form too (plats, platsen).
    expect(splitCompound("samlingsplatsen")).toEqual(["samlings", "platsen"]);
  });

  it("leaves words that are not compounds of known parts whole", () => {
    expect(splitCompound("information")).toEqual([]);
    expect(splitCompound("handel")).toEqual([]);
  });

  it("splits another FAQ's compounds of two general Swedish words, keeping only the head", () => {
    // Not in the crisis list: the general lexicon knows both parts; the head names the kind.
    expect(splitCompound("vattenspridare")).toEqual(["spridare"]);
    expect(splitCompound("kaffebryggaren")).toEqual(["bryggaren"]);
    expect(splitCompound("eldningsförbudet")).toEqual(["förbudet"]);
    expect(splitCompound("kvarnbacken")).toEqual(["backen"]);
    // A word the lexicon knows whole is no compound ("för-budet").
    expect(splitCompound("förbudet")).toEqual([]);
  });

  it("lets dricksvattnet meet vatten through its head", () => {
    expect(shared("dricksvattnet", "vatten")).toContain("vatt");
  });
});

describe("synonyms and everyday words", () => {
  it("lets kranvatten meet dricksvatten", () => {
    expect(shared("kranvattnet", "dricksvatten").some((t) => t.startsWith("="))).toBe(true);
  });

  it("lets strömavbrott meet elavbrott and dagis meet förskola", () => {
    expect(shared("strömavbrottet", "elavbrott").length).toBeGreaterThan(0);
    expect(shared("dagis", "förskolan").length).toBeGreaterThan(0);
  });

  it("lets ovädret meet stormen, and in English a kid a child and the old the elderly", () => {
    expect(shared("ovädret", "stormen").some((t) => t.startsWith("="))).toBe(true);
    const sharedEn = (a: string, b: string): string[] => {
      const bs = new Set(indexTerms(b, "en"));
      return indexTerms(a, "en").filter((t) => bs.has(t));
    };
    expect(sharedEn("my kid", "children")).not.toEqual([]);
    expect(sharedEn("the old lady", "elderly")).not.toEqual([]);
  });

  it("lets a kind meet its general word and a permit or ban its other words: tall/träd, tillstånd/dispens", () => {
    expect(shared("tallen", "träd")).not.toEqual([]);
    expect(shared("tillstånd", "dispens")).not.toEqual([]);
    expect(shared("förbjuden", "förbudet")).not.toEqual([]);
    expect(shared("ramlat", "föll")).not.toEqual([]);
  });

  it("lets a caller's medicine, jab and flooded cellar meet the entry's läkemedel, vaccination and översvämning", () => {
    expect(shared("blodtrycksmedicin", "läkemedel")).not.toEqual([]);
    expect(shared("sprutan", "vaccinera")).not.toEqual([]);
    expect(shared("översvämmat", "översvämning")).not.toEqual([]);
    const sharedEn = (a: string, b: string): string[] => {
      const bs = new Set(indexTerms(b, "en"));
      return indexTerms(a, "en").filter((t) => bs.has(t));
    };
    expect(sharedEn("my medication", "medicines")).not.toEqual([]);
    expect(sharedEn("the jab", "vaccine")).not.toEqual([]);
    expect(shared("medicin", "vaccin")).toEqual([]);
  });

  it("lets a bath meet a shower, as the English twins do: badkaret/duscha", () => {
    expect(shared("badkaret", "duscha")).not.toEqual([]);
    expect(shared("bada", "duschen")).not.toEqual([]);
    expect(shared("bada", "koka")).toEqual([]);
  });

  it("does not link unrelated crisis words", () => {
    expect(shared("strömavbrott", "kokningsrekommendation")).toEqual([]);
    expect(shared("rök", "vatten")).toEqual([]);
  });
});

describe("query analysis", () => {
  it("drops stop words and treats only the last word as a prefix", () => {
    const { words, terms } = analyzeQuery("när kommer strömmen tillb");
    expect(words).toEqual(["strömmen", "tillb"]);
    expect(terms.filter((t) => t.prefix).map((t) => t.term)).toEqual(["tillb"]);
  });

  it("allows more typos in longer words", () => {
    const fuzzyOf = (q: string): number => Math.max(...analyzeQuery(q).terms.map((t) => t.fuzzy));
    expect(fuzzyOf("el")).toBe(0);
    expect(fuzzyOf("dusha")).toBe(1);
    expect(fuzzyOf("vätten")).toBe(0); // a real word (the plural of "vätte"), so it is taken as typed
    expect(fuzzyOf("kokningsrekomendation")).toBe(2);
  });
});
