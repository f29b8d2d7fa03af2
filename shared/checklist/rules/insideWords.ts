/**
 * Audience-adapted (målgruppsanpassad): the internal words of crisis organisations, utilities and public
 * administration ("TiB", "stabsläge", "VA-huvudman", "incident command"). Readers outside the room do not know
 * them, and a message full of them is written for the staff, not the public (Språklagen §11, klarspråk).
 */
import { q, t } from "../text/spans.js";
import type { Rule } from "../types.js";
import { findingsForMatches, lexHits } from "./helpers.js";

export const AU18: Rule = {
  id: "AU18",
  principle: "audienceAdapted",
  name: "internal word of the crisis organisation",
  severity: "warn",
  points: 15,
  repeat: 12,
  cap: 51,
  languages: ["sv", "en"],
  check(a) {
    const lex = a.lex;
    if (lex === null) return [];
    // Written for the staff or the press, the words are the readers' own.
    if (a.audiences.length > 0 && a.audiences.every((x) => x === "staff" || x === "media")) return [];
    const seen = new Set<string>();
    return findingsForMatches(lexHits(a, lex.crisisJargon, { skipQuoted: true }), (h) => {
      const term = h.hit.text.toLowerCase();
      if (seen.has(term)) return null;
      seen.add(term);
      const after = h.field.text.slice(h.hit.end, h.hit.end + 3);
      if (a.flags(h.field, "explanations")[h.sentence.index] === 1 || after.includes("(")) return null;
      return {
        message: t(`${q(h.hit.text)} är ett internt ord som allmänheten inte känner till.`, `${q(h.hit.text)} is an internal word the public does not know.`),
        suggestion: t("Skriv vad det betyder för mottagaren: ”kommunens krisledning”, ”vattenledningarna”.", "Say what it means for the reader: “the council's crisis team”, “the water pipes”."),
      };
    });
  },
};
