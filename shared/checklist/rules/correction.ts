/**
 * Active (aktiv), corrections: "factual errors are countered". A correction names the claim, gives a clear verdict
 * and does not repeat the rumour in its headline (research.md §6.5).
 */
import type { Analysis } from "../analysis.js";
import type { Rule } from "../types.js";
import { contentStems, overlapShare, OVERLAP_SHARE } from "../text/overlap.js";
import { span, t } from "../text/spans.js";
import { findAll } from "../text/match.js";
import { mentions } from "./helpers.js";

function matchesOpenClaim(a: Analysis, lower: string): boolean {
  const lex = a.lex;
  if (lex === null) return false;
  return (a.context.openClaims ?? []).some(
    (c) => overlapShare(contentStems(c.text, lex.stopwords), lower) >= OVERLAP_SHARE,
  );
}

export const AC4: Rule = {
  id: "AC4",
  principle: "active",
  name: "correction does not name the claim",
  severity: "warn",
  points: 20,
  repeat: 0,
  cap: 20,
  kinds: ["correction"],
  languages: ["sv", "en", "fi"],
  check(a) {
    const lex = a.lex;
    if (lex === null) return [];
    const named =
      mentions(a, lex.claimMarkers) ||
      mentions(a, lex.claimNouns) ||
      a.fields.some((f) => f.excluded.length > 0) ||
      matchesOpenClaim(a, `${a.title.lower}\n${a.body.lower}`);
    if (named) return [];
    return [
      {
        message: t(
          "Rättelsen säger inte vilket påstående den rättar.",
          "The correction does not say which claim it corrects.",
        ),
        suggestion: t(
          "Namnge påståendet kort, utan att upprepa detaljerna: ”Det sprids uppgifter om att kranvattnet är giftigt.”",
          "Name the claim briefly, without repeating its details: “Posts claim that tap water is poisonous.”",
        ),
      },
    ];
  },
};

export const AC5: Rule = {
  id: "AC5",
  principle: "active",
  name: "correction without a clear verdict",
  severity: "warn",
  points: 15,
  repeat: 0,
  cap: 15,
  kinds: ["correction"],
  languages: ["sv", "en", "fi"],
  check(a) {
    if (mentions(a, a.lex?.verdicts ?? null, { skipQuoted: true })) return [];
    return [
      {
        message: t(
          "Rättelsen säger inte tydligt att påståendet är fel.",
          "The correction does not say plainly that the claim is wrong.",
        ),
        suggestion: t(
          "Ge ett tydligt besked: ”Det stämmer inte.” Följ med fakta och källa.",
          "Give a clear verdict: “This is not true.” Follow with facts and a source.",
        ),
      },
    ];
  },
};

export const AC7: Rule = {
  id: "AC7",
  principle: "active",
  name: "correction headline repeats the rumour",
  severity: "warn",
  points: 8,
  repeat: 0,
  cap: 8,
  kinds: ["correction"],
  languages: ["sv", "en"],
  check(a) {
    const title = a.title;
    if (title.text.trim() === "") return [];
    const quoted = title.excluded[0];
    if (quoted === undefined && !matchesOpenClaim(a, title.lower)) return [];
    return [
      {
        span: quoted ? span("title", quoted.start, quoted.end) : span("title", 0, title.text.length),
        message: t(
          "Rubriken upprepar ryktet, vilket sprider det vidare.",
          "The headline repeats the rumour, which spreads it further.",
        ),
        suggestion: t(
          "Låt rubriken säga det som är sant: ”Kranvattnet är säkert att dricka”.",
          "Let the headline state the fact: “Tap water is safe to drink”.",
        ),
      },
    ];
  },
};

/**
 * Myth first (Lewandowsky et al., *The Debunking Handbook* 2020; CDC CERC): a headline or opening that states the
 * rumour before the fact makes readers remember the rumour. The fact must come first: in the title or the first
 * sentence. Runs for every kind that corrects (a correction, or a bulletin that answers a rumour), not FAQ entries,
 * whose titles are questions by design.
 */
export const AU20: Rule = {
  id: "AU20",
  principle: "audienceAdapted",
  name: "the rumour before the fact",
  severity: "error",
  points: 30,
  repeat: 0,
  cap: 30,
  kinds: ["correction", "bulletin", "social"],
  languages: ["sv", "en"],
  check(a) {
    const lex = a.lex;
    if (lex === null) return [];
    const title = a.title;
    const first = a.body.sentences[0];
    const firstLower = first ? a.body.lower.slice(first.start, first.end) : "";
    // A correction headed by a question ("Är skolorna stängda?", "Are schools closing?") states the rumour first,
    // whatever it is about; a bulletin's question title does so when it asks about a hazard.
    const titleAsks =
      title.sentences.some((s) => s.question) &&
      (a.kind === "correction" || findAll(title.lower, lex.hazards).length > 0);
    // A quotation in a correction's title is the rumour's words; in a bulletin's it may be anything (a name, a term).
    const claimTitle =
      findAll(title.lower, lex.claimMarkers).length > 0 ||
      findAll(title.lower, lex.claimNouns).length > 0 ||
      (a.kind === "correction" && title.excluded.length > 0);
    const claimOpening =
      first !== undefined &&
      (findAll(firstLower, lex.claimMarkers).length > 0 || findAll(firstLower, lex.claimNouns).length > 0);
    const isCorrecting = a.kind === "correction" || claimOpening || claimTitle;
    if (!isCorrecting || !(titleAsks || claimTitle || claimOpening)) return [];
    // A bulletin headed by what to do ("Please do not drive on closed roads") leads with the fact, even when its first
    // sentence then reports what people are saying or doing.
    if (a.kind !== "correction" && !claimTitle && !titleAsks && a.flags(title, "instruction").includes(1)) return [];
    const verdictFirst = findAll(title.lower, lex.verdicts).length > 0 || findAll(firstLower, lex.verdicts).length > 0;
    if (verdictFirst) return [];
    return [
      {
        span:
          titleAsks || claimTitle
            ? span("title", 0, title.text.length)
            : first
              ? span("body", first.start, first.end)
              : undefined,
        message: t(
          "Ryktet kommer före faktan: den som bara läser rubriken eller första meningen minns ryktet.",
          "The rumour comes before the fact: whoever reads only the headline or the first sentence remembers the rumour.",
        ),
        suggestion: t(
          "Börja med det som är sant: ”Kranvattnet i Solby är säkert att dricka.” Nämn ryktet därefter, en gång.",
          "Lead with the fact: “Tap water in Solby is safe to drink.” Mention the rumour after it, once.",
        ),
      },
    ];
  },
};
