/**
 * The scan pre-filter (lexicons/compile.ts): a lexicon list is scanned only with the entries whose first letters
 * start a word of the text and whose anchor letters occur in it. It must never change what a list finds: on every
 * message of the evaluation corpus, in both languages, each list finds exactly what the full regex finds.
 */
import { describe, expect, it } from "vitest";
import { lexiconFor } from "../../../shared/checklist/lexicons/index.js";
import { anchorsOf, regexFor, textGrams } from "../../../shared/checklist/lexicons/compile.js";
import { lowerSameLength } from "../../../shared/checklist/text/lower.js";
import { findAll } from "../../../shared/checklist/text/match.js";
import { BAD, GOOD } from "../../eval/checklist/index.js";
import { BAD_EXTRA, GOOD_EXTRA } from "../../eval/checklist/extraTune.js";
import { BAD_EXTRA2, GOOD_EXTRA2 } from "../../eval/checklist/extraTune2.js";
import { BAD_BLIND3, GOOD_BLIND3 } from "../../eval/checklist/blind3.js";
import { BAD_BLIND4, GOOD_BLIND4 } from "../../eval/checklist/blind4.js";

const MESSAGES = [
  ...GOOD,
  ...BAD,
  ...GOOD_EXTRA,
  ...BAD_EXTRA,
  ...GOOD_EXTRA2,
  ...BAD_EXTRA2,
  ...GOOD_BLIND3,
  ...BAD_BLIND3,
  ...GOOD_BLIND4,
  ...BAD_BLIND4,
];

describe("scan pre-filter", () => {
  it("finds a required letter run in an entry, through optional parts and alternatives", () => {
    expect(anchorsOf("(?:vi |kommunen )?(?:inte |ej )?kommentera(?:r)? (?:inte|ej)")).toEqual(["kommentera"]);
    expect(anchorsOf(String.raw`\p{L}*förbud(?:et)?`)).toEqual(["förbud"]);
    expect(anchorsOf("kokar?")).toEqual(["koka"]);
    expect(anchorsOf("(?:ingen|inte någon) fara")).toEqual(["fara"]);
    expect(anchorsOf("(?:anledning|orsak) till")).toEqual(["till"]);
    expect([["att"], ["tro"]]).toContainEqual(anchorsOf("(?:anledning|skäl) att tro"));
    expect(anchorsOf("(?<!som )verkar (?:vara|ha)")).toEqual(["verkar"]);
    expect(anchorsOf("1177")).toBeNull();
    expect(anchorsOf("(?:ca|runt) kl")).toBeNull();
  });

  it("never changes what a lexicon list finds (every list, every corpus message)", () => {
    let compared = 0;
    for (const m of MESSAGES) {
      const lex = lexiconFor(m.input.language);
      if (lex === null) continue;
      for (const text of [m.input.title ?? "", m.input.body]) {
        const lower = lowerSameLength(text);
        const grams = textGrams(lower);
        for (const [key, re] of Object.entries(lex)) {
          if (!(re instanceof RegExp) || !re.global) continue;
          // Parties are matched case-sensitively on the original text, pre-filtered on the lower-cased letters.
          const scanned = key === "parties" ? text : lower;
          const full = findAll(scanned, re);
          const filtered = findAll(scanned, regexFor(re, grams));
          // expect() only on a difference: half a million deep comparisons made this test the slowest in the suite.
          if (JSON.stringify(filtered) !== JSON.stringify(full)) expect(filtered, `${m.id} ${key}`).toEqual(full);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });
});

describe("lexicon entries the compiler can translate", () => {
  it("use \\p{L} only outside a character class and hold no control characters", async () => {
    const { sv } = await import("../../../shared/checklist/lexicons/sv.js");
    const { en } = await import("../../../shared/checklist/lexicons/en.js");
    const { fi } = await import("../../../shared/checklist/lexicons/fi.js");
    const bad: string[] = [];
    for (const source of [sv, en, fi])
      for (const [key, list] of Object.entries(source))
        if (Array.isArray(list))
          for (const entry of list as unknown[])
            // The compiler writes \p{L} out as a bracketed class, which a surrounding [...] would break; a control
            // character (a "\b" typed into a plain string) never matches text.
            if (
              typeof entry === "string" &&
              (/\[[^\]]*\\p\{L\}/u.test(entry) || [...entry].some((c) => c.charCodeAt(0) < 0x20))
            )
              bad.push(`${key}: ${entry}`);
    expect(bad).toEqual([]);
  });
});
