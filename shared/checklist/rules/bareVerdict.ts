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
const MAX_CLAIM_AND_VERDICT_WORDS = 25;
const SIGNATURE_WORDS = 6;
const NO_FACT_WORDS = 20;
const FACT_AFTER_COLON = /:\s*[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ [A-Za-zªµºÀ-ÖØ-öø-ɏ]+/u;
/** A sender's line: short, unpunctuated, and a name ("Marcus Bell, Town Manager", "– Eastmere Highways", "/Hagby
 * kommun", "Åby Vatten"); "Skolorna har öppet som vanligt" is a fact without a full stop (a code review). */
function isSignature(original: string, words: number): boolean {
  if (words > SIGNATURE_WORDS + 4 || /[.!?]$/u.test(original)) return false;
  if (/^[/–—-]/u.test(original) || original.includes(",")) return true;
  if (words > SIGNATURE_WORDS) return false;
  return original
    .split(/\s+/u)
    .every((w) => /^\p{Lu}/u.test(w) || /^(?:kommun|kommunen|region|län|of|and|och|för|the)$/u.test(w));
}
const VERDICT_AT_END =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:stämmer inte|är inte sanna?|är falsk[at]?|är felaktig[at]?|är (?:en )?bluff|är påhittad[et]?|is not true|are not true|is false|are false|is untrue|are untrue|is incorrect|are incorrect|is (?:a )?hoax|is fake|are fake)[.!]?$/u;
const NO_FACT =
  /^(?:kontrollera (?:alltid )?(?:uppgifter|information)|check (?:with us |the facts )?before (?:sharing|you share)|(?:vi )?(?:ber|uppmanar) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:att )?(?:inte|inga?) (?:att )?(?:dela|sprida)|dela inte|sprid inte|please (?:do not|don['’]t) (?:share|spread)|(?:please )?stop (?:sharing|spreading)|(?:snälla )?sluta (?:dela|sprida)|(?:do not|don['’]t) (?:share|spread)|thank you|thanks|tack (?:för|till)|(?:our )?next (?:media )?(?:briefing|update)|nästa (?:uppdatering|presskonferens|pressträff))/u;
/** The sender's label or a stamp line ("Eastmere County Council, 9 September 2026"). */
const LABEL_LINE = /^[^.!?]{0,80}\d{1,2}[^.!?]{0,30}$/u;

/** A headline that states the fact ("Tap water in Solby is safe to drink"): the correction leads with it. */
const STATES =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:is|are|remains?|will|has|have|är|blir|kan|har|finns)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

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
      // "A post circulating on social media about the town's drinking water is not true.": claim and verdict in one.
      if (words <= MAX_CLAIM_AND_VERDICT_WORDS && VERDICT_AT_END.test(text)) bare ??= { start: s.start, end: s.end };
      continue;
    }
    // Stamps keep their dots: "kl. 09.10", "4:40 p.m."; a result after a colon is a fact ("provsvar 12 maj: inga …").
    const label = text
      .replace(/(?<=\d)\.(?=\d)/gu, ":")
      .replace(/(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:kl|ca|a\.m|p\.m)\./gu, "");
    if (LABEL_LINE.test(label) && !/[.!?]$/u.test(label.trimEnd()) && !FACT_AFTER_COLON.test(label)) continue;
    // Lines that carry no fact either: a short plea not to share, thanks, the next briefing, a signature (twenty-second
    // round: three studied authors wrote a bare denial with one of them, blind51, blind52, blind56). A fact may ride
    // on the thanks after a dash (a code review). A title cut off by the sentence splitter ("Lt.") belongs to the
    // signature.
    if (NO_FACT.test(text) && words <= NO_FACT_WORDS && !/ [–-] /u.test(text)) continue;
    if (isSignature(a.body.text.slice(s.start, s.end).trim(), words) || text.length <= 4) continue;
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
