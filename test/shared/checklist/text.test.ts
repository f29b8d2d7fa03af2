import { describe, expect, it } from "vitest";
import {
  englishSyllables,
  fleschReadingEase,
  lix,
  quoteRanges,
  smsInfo,
  splitSentences,
  tokenize,
} from "../../../shared/checklist/index.js";
import { lowerSameLength } from "../../../shared/checklist/text/lower.js";

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("sentence splitting", () => {
  it("does not split after abbreviations, inside times or decimals", () => {
    expect(
      sentencesOf("Vi samlas kl. 14.00 vid skolan. Ta med t.ex. en dunk, ca. 10 liter eller 4,5 liter. Sedan åker vi."),
    ).toEqual([
      "Vi samlas kl. 14.00 vid skolan.",
      "Ta med t.ex. en dunk, ca. 10 liter eller 4,5 liter.",
      "Sedan åker vi.",
    ]);
  });

  it("splits on line breaks, so list items and headings count as sentences", () => {
    expect(sentencesOf("Det här ska du göra\n- Koka vattnet\n- Spola kranen\n\nMer info")).toEqual([
      "Det här ska du göra",
      "- Koka vattnet",
      "- Spola kranen",
      "Mer info",
    ]);
  });

  it("numbers paragraphs by blank lines", () => {
    expect(splitSentences("Ett. Två.\n\nTre.\nFyra.").map((s) => s.paragraph)).toEqual([0, 0, 1, 1]);
  });

  it("splits on ! and ?, after closing quotes, and on a colon before a capital", () => {
    expect(sentencesOf("Koka vattnet! Kan jag duscha? ”Ja.” Svar: Ja, det går bra.")).toEqual([
      "Koka vattnet!",
      "Kan jag duscha?",
      "”Ja.”",
      "Svar:",
      "Ja, det går bra.",
    ]);
  });

  it("keeps initials and a lower-case continuation in one sentence, but ends one after 'm.m.' before a capital", () => {
    expect(sentencesOf("Vi hittade E. coli i vattnet. Det gäller mat m.m. Nästa besked kommer.")).toEqual([
      "Vi hittade E. coli i vattnet.",
      "Det gäller mat m.m.",
      "Nästa besked kommer.",
    ]);
  });
});

describe("tokens", () => {
  it("keeps URLs, e-mail addresses, domains and numbers as single tokens that are not words", () => {
    const tokens = tokenize(
      "Se https://exempelby.se/vatten?x=1, mejla vatten@exempelby.se eller exempelby.se. Kl. 14.00 är 4,5 °C.",
    );
    expect(tokens.filter((t) => t.type !== "word").map((t) => `${t.type}:${t.text}`)).toEqual([
      "url:https://exempelby.se/vatten?x=1",
      "email:vatten@exempelby.se",
      "url:exempelby.se",
      "number:14.00",
      "number:4,5",
    ]);
  });

  it("counts letters without hyphens, so 'VA-abonnenter' is one long word of 12 letters", () => {
    const [t] = tokenize("VA-abonnenter");
    expect(t?.letters).toBe(12);
  });

  it("lower-cases without moving offsets, even for characters that grow", () => {
    const text = "İSTANBUL och Å";
    expect(lowerSameLength(text)).toHaveLength(text.length);
    expect(lowerSameLength("KOKA Vattnet")).toBe("koka vattnet");
  });
});

describe("readability formulas", () => {
  it("[AU1] LIX = words/sentences + 100 × long words/words", () => {
    expect(lix(100, 10, 30)).toBe(40);
    expect(lix(0, 0, 0)).toBeNull();
  });

  it("[AU1] Flesch = 206.835 − 1.015 × words/sentences − 84.6 × syllables/words", () => {
    expect(fleschReadingEase(100, 10, 150)).toBeCloseTo(206.835 - 10.15 - 126.9, 1);
  });

  it("estimates English syllables", () => {
    expect(["water", "boil", "boiled", "minute", "contaminated", "the", "advisory"].map(englishSyllables)).toEqual([
      2, 1, 1, 2, 5, 1, 4,
    ]);
  });
});

describe("SMS encoding", () => {
  it("[AU10] keeps Swedish letters in GSM-7: 160 characters in one SMS, 153 per part after that", () => {
    expect(smsInfo("å".repeat(160))).toMatchObject({ encoding: "GSM-7", units: 160, segments: 1 });
    expect(smsInfo("ä".repeat(161))).toMatchObject({ encoding: "GSM-7", segments: 2 });
    expect(smsInfo("ö".repeat(307))).toMatchObject({ segments: 3 });
  });

  it("[AU10] counts extension characters (€ [ ] { } ~ ^ | \\) twice", () => {
    expect(smsInfo("€".repeat(80))).toMatchObject({ encoding: "GSM-7", units: 160, segments: 1 });
  });

  it("[AU11] one en dash switches to UCS-2: 70 characters, 67 per part", () => {
    expect(smsInfo(`${"a".repeat(69)}–`)).toMatchObject({ encoding: "UCS-2", units: 70, segments: 1 });
    expect(smsInfo(`${"a".repeat(70)}–`)).toMatchObject({ encoding: "UCS-2", segments: 2 });
    expect(smsInfo("Koka – 💧").offenders.map((o) => o.char)).toEqual(["–", "💧"]);
  });
});

describe("quotations", () => {
  it("finds quoted spans with straight, curly and guillemet quotes, not across lines", () => {
    const text = 'Han sa "ja" och ”nej” och «kanske».\nEtt "öppet citat\nslutar här.';
    expect(quoteRanges(text).map((r) => text.slice(r.start, r.end))).toEqual(['"ja"', "”nej”", "«kanske»"]);
  });
});
