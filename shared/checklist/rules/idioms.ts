/**
 * Part of AU23: a text built of idioms. "Our network is running on fumes and we're fighting fires on every front …
 * please help us weather the storm", "batten down the hatches … don't go poking the bear": a reader in a second
 * language, a reader of easy language or a worried reader takes each figure literally or not at all, and the
 * instruction inside it is lost (plainlanguage.gov: avoid jargon and figures of speech; Språkrådet's klarspråk: write
 * literally). One idiom is ordinary ("Heads up" in real messages of the tuning material); no real message holds two,
 * and two independent authors of the twenty-third round (blind60, blind62) wrote a text of eight or more. Three
 * different idioms make it a finding. The lists are the lexicons' `idioms` (scanned through their prefilter).
 */
import { q, span, t } from "../text/spans.js";
import type { Draft, Rule } from "../types.js";
import { lexHits } from "./helpers.js";

const PILE = 3;

export function idiomPile(a: Parameters<Rule["check"]>[0]): Draft | null {
  const hits = lexHits(a, a.lex?.idioms ?? null);
  const distinct = new Set(hits.map((h) => h.hit.text.toLowerCase()));
  if (distinct.size < PILE) return null;
  const first = hits[0];
  if (first === undefined) return null;
  return {
    severity: "error",
    points: 20,
    span: span(first.field.name, first.hit.start, first.hit.end),
    message: t(
      `${q(first.hit.text)} och ${distinct.size - 1} andra bildliga uttryck: den som läser på sitt andraspråk eller är orolig förstår inte vad som ska göras.`,
      `${q(first.hit.text)} and ${distinct.size - 1} other figures of speech: a reader in a second language, or a worried one, cannot tell what to do.`,
    ),
    suggestion: t(
      "Säg det bokstavligt: ”Vattna inte med slang. Vänta med att fylla pooler.”",
      "Say it literally: “Do not use a hosepipe. Do not fill paddling pools.”",
    ),
  };
}
