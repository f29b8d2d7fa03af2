/**
 * AC18: a verdict with no fact. "Posts on social media say the River Dun is poisoned after Tuesday's chemical spill.
 * This is false." The reader learns the claim (again) and that the sender disagrees, and nothing to believe instead: no
 * fact, no source, no test result (the Debunking Handbook 2020: replace the myth with a fact; MSB: rätta med fakta).
 * A verdict that carries its fact ("This is not true and the bridges will not be affected") is a correction.
 */
import type { Analysis } from "../analysis.js";
import type { Draft, Rule } from "../types.js";
import { span, t } from "../text/spans.js";
import { findAll } from "../text/match.js";

/** A sentence that is the verdict and nothing else: "This is false.", "Det stämmer inte!" */
const MAX_BARE_WORDS = 5;
/** The sender's label or a stamp line ("Eastmere County Council, 9 September 2026"). */
const LABEL_LINE = /^[^.!?]{0,80}\d{1,2}[^.!?]{0,30}$/u;

/** A headline that states the fact ("Tap water in Solby is safe to drink"): the correction leads with it. */
const STATES = /(?<!\p{L})(?:is|are|remains?|will|has|have|är|blir|kan|har|finns)(?!\p{L})/u;

function bareVerdictOnly(a: Analysis): { start: number; end: number } | null {
  const lex = a.lex;
  if (lex === null) return null;
  const title = a.title.lower;
  const titleClaims = findAll(title, lex.claimMarkers).length > 0 || findAll(title, lex.claimNouns).length > 0;
  if (!titleClaims && !title.includes("?") && STATES.test(title)) return null;
  let bare: { start: number; end: number } | null = null;
  let claimed = false;
  for (const s of a.body.sentences) {
    const text = a.body.lower.slice(s.start, s.end).trim();
    if (text === "") continue;
    const words = text.split(/\s+/u).length;
    if (findAll(text, lex.verdicts).length > 0 && words <= MAX_BARE_WORDS) {
      bare ??= { start: s.start, end: s.end };
      continue;
    }
    if (findAll(text, lex.claimMarkers).length > 0 || findAll(text, lex.claimNouns).length > 0) {
      // "… claim Hillside School will close on Friday; the school is open as normal all week": the fact rides along.
      if (/[;–]/u.test(text)) return null;
      claimed = true;
      continue;
    }
    if (LABEL_LINE.test(text) && !/[.!?]$/u.test(text)) continue;
    return null; // any other sentence may carry the fact
  }
  return bare !== null && claimed ? bare : null;
}

export const AC18: Rule = {
  id: "AC18",
  principle: "active",
  name: "a verdict with no fact",
  severity: "error",
  points: 30,
  repeat: 0,
  cap: 30,
  kinds: ["bulletin", "social", "correction"],
  languages: ["sv", "en"],
  check(a): Draft[] {
    const bare = bareVerdictOnly(a);
    if (bare === null) return [];
    return [
      {
        span: span("body", bare.start, bare.end),
        message: t(
          "Rättelsen säger bara att påståendet är fel: den ger inget faktum att tro på i stället.",
          "The correction only says the claim is wrong: it gives no fact to believe instead.",
        ),
        suggestion: t(
          "Säg vad som gäller och hur ni vet: ”Proverna från i går visar att ån inte är förorenad.”",
          "Say what is true and how you know: “Yesterday's samples show the river is not polluted.”",
        ),
      },
    ];
  },
};
