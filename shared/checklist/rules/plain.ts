/**
 * Audience-adapted, klarspråk: abbreviations, unexplained acronyms and jargon, bureaucratic words, and generic
 * "man" where "du/ni" fits (research.md §2.4–2.6; Språklagen 2009:600 §11, Tillväxtverket, MTM, Malmö stad).
 */
import { replacementFor } from "../lexicons/compile.js";
import { capsSpans } from "../text/caps.js";
import { rangeIndexAt } from "../text/match.js";
import { q, span, t } from "../text/spans.js";
import type { Draft, Rule } from "../types.js";
import { fieldMatches, findingsForMatches, lexHits } from "./helpers.js";

export const AU5: Rule = {
  id: "AU5",
  principle: "audienceAdapted",
  name: "abbreviation",
  severity: "info",
  points: 2,
  repeat: 1,
  cap: 6,
  languages: ["sv", "en"],
  check(a) {
    const lex = a.lex;
    if (lex === null) return [];
    return findingsForMatches(lexHits(a, lex.abbreviations, { skipQuoted: true }), (h) => {
      const full = replacementFor(lex.abbreviationList, h.hit.text) ?? "";
      return {
        message: t(
          `Förkortningen ${q(h.hit.text)} kan vara svår att läsa.`,
          `The abbreviation ${q(h.hit.text)} can be hard to read.`,
        ),
        suggestion: t(`Skriv ut: ”${full}”.`, `Write it out: “${full}”.`),
      };
    });
  },
};

export const AU6: Rule = {
  id: "AU6",
  principle: "audienceAdapted",
  name: "unexplained acronym",
  severity: "info",
  points: 3,
  repeat: 2,
  cap: 9,
  languages: ["sv", "en"],
  check(a) {
    const seen = new Set<string>();
    const all = `${a.title.text}\n${a.body.text}`;
    const caps = fieldMatches(a, (field) => a.memo(`caps:${field.name}`, () => capsSpans(field)));
    return findingsForMatches(caps, ({ hit: c }) => {
      if (c.kind !== "acronym" || seen.has(c.text)) return null;
      seen.add(c.text);
      // Explained where it is introduced: "vatten och avlopp (VA)" or "VA (vatten och avlopp)".
      if (all.includes(`(${c.text})`) || all.includes(`${c.text} (`)) return null;
      return {
        // Easy Swedish has no room for an unexplained abbreviation (Myndigheten för tillgängliga medier's rules for
        // lättläst): its readers are the ones it shuts out.
        ...(a.easy ? { severity: "error" as const, points: 10 } : {}),
        message: t(`Förkortningen ${q(c.text)} förklaras inte.`, `The acronym ${q(c.text)} is not explained.`),
        suggestion: t(`Skriv ut den första gången: ”… (${c.text})”.`, `Spell it out the first time: “… (${c.text})”.`),
      };
    });
  },
};

export const AU7: Rule = {
  id: "AU7",
  principle: "audienceAdapted",
  name: "unexplained jargon",
  severity: "info",
  points: 4,
  repeat: 2,
  cap: 8,
  languages: ["sv", "en"],
  check(a) {
    const lex = a.lex;
    if (lex === null) return [];
    const seen = new Set<string>();
    return findingsForMatches(lexHits(a, lex.jargon, { skipQuoted: true }), (h) => {
      const term = h.hit.text.toLowerCase();
      if (seen.has(term)) return null;
      seen.add(term);
      const explained = a.flags(h.field, "explanations");
      const i = h.sentence.index;
      const after = h.field.text.slice(h.hit.end, h.hit.end + 3);
      if (
        explained[i] === 1 ||
        explained[i + 1] === 1 ||
        after.includes("(") ||
        after.includes("–") ||
        after.includes(",")
      )
        return null;
      return {
        message: t(
          `Fackordet ${q(h.hit.text)} förklaras inte.`,
          `The technical term ${q(h.hit.text)} is not explained.`,
        ),
        suggestion: t(
          "Förklara ordet direkt efteråt, t.ex. ”…, vilket betyder att …”.",
          "Explain it right after, e.g. “…, which means …”.",
        ),
      };
    });
  },
};

const KANSLI_WORDS = 3; // distinct bureaucratic words that make a text kanslisvenska

export const AU8: Rule = {
  id: "AU8",
  principle: "audienceAdapted",
  name: "bureaucratic word",
  severity: "info",
  points: 2,
  repeat: 1,
  cap: 6,
  languages: ["sv", "en"],
  check(a) {
    const lex = a.lex;
    if (lex === null) return [];
    const hits = lexHits(a, lex.oldWords, { skipQuoted: true });
    // One old word slips into good notices; three different ones make the text kanslisvenska (Myndigheternas
    // skrivregler, Klarspråk), which the public reads as a notice to someone else.
    const officialese = new Set(hits.map((h) => h.hit.text.toLowerCase())).size >= KANSLI_WORDS;
    return findingsForMatches(hits, (h) => {
      const better = replacementFor(lex.oldWordList, h.hit.text) ?? "";
      return {
        ...(officialese ? { severity: "error" as const, points: 8 } : {}),
        message: t(
          `${q(h.hit.text)} är byråkratiskt eller ålderdomligt.`,
          `${q(h.hit.text)} is bureaucratic or old-fashioned.`,
        ),
        suggestion: t(`Skriv hellre ”${better}”.`, `Prefer “${better}”.`),
      };
    });
  },
};

export const AU9: Rule = {
  id: "AU9",
  principle: "audienceAdapted",
  name: "generic “man” instead of “du/ni”",
  severity: "info",
  points: 6,
  repeat: 0,
  cap: 6,
  kinds: ["bulletin", "faq", "correction", "social"],
  languages: ["sv"],
  check(a) {
    const lex = a.lex;
    if (lex === null || a.isVma) return []; // VMAs use the third person by convention (research.md §7)
    if (a.fields.some((f) => f.tokens.some((tok) => lex.readerPronouns.has(tok.lower)))) return [];
    const out: Draft[] = [];
    for (const field of a.fields) {
      const tokens = field.tokens;
      for (let i = 0; i < tokens.length; i++) {
        const tok = tokens[i];
        if (tok === undefined || tok.lower !== "man" || rangeIndexAt(field.excluded, tok.start) >= 0) continue;
        const next = tokens[i + 1]?.lower ?? "";
        const prev = tokens[i - 1]?.lower ?? "";
        if (lex.manPreceders.has(prev)) continue;
        if (!lex.manFollowers.has(next) && !(next.length > 3 && next.endsWith("r"))) continue;
        out.push({
          span: span(field.name, tok.start, tok.end),
          message: t(
            "”man” gör texten opersonlig: skriv till läsaren.",
            "“man” (one) makes the text impersonal: address the reader.",
          ),
          suggestion: t(
            "Skriv ”du” eller ”ni”: ”Du ska koka vattnet.”",
            "Write “du” or “ni” (you): “Du ska koka vattnet.”",
          ),
        });
      }
    }
    return out;
  },
};
