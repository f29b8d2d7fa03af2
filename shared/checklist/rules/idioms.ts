/**
 * Part of AU23: a text built of idioms. "Our network is running on fumes and we're fighting fires on every front …
 * please help us weather the storm", "batten down the hatches … don't go poking the bear": a reader in a second
 * language, a reader of easy language or a worried reader takes each figure literally or not at all, and the
 * instruction inside it is lost (plainlanguage.gov: avoid jargon and figures of speech; Språkrådet's klarspråk: write
 * literally). One idiom is ordinary ("Heads up", "on the ground" in twenty real messages of the tuning material); no
 * real message holds two, and two independent authors of the twenty-third round (blind60, blind62) wrote a text of
 * eight or more. Three different idioms make it a finding.
 */
import { q, span, t } from "../text/spans.js";
import type { Draft, Rule } from "../types.js";

const IDIOMS: Record<"sv" | "en", RegExp> = {
  en: /(?<!\p{L})(?:perfect storm|weather the storm|batten down the hatches|running on fumes|pull(?:ing|ed)? out all the stops|leav(?:e|ing) no stone unturned|on the back burner|keep (?:our|your|their) heads? above water|go(?:ing)? overboard|fighting fires on every front|dog['’]s breakfast|go(?:es|ing)? walkabout|pok(?:e|ing) the bear|give (?:\p{L}+ ){0,2}?a bell|real corker|heads up|in the same boat|all hands on deck|hold your horses|touch base|the bottom line|silver lining|light at the end of the tunnel|ride it out|a tall order|up in the air|bite the bullet|hit the ground running|every drop counts|we['’]re all in this together|raining cats and dogs|calm before the storm|spread like wildfire|tip of the iceberg|a drop in the ocean|nip it in the bud|get the ball rolling|out of the woods|on thin ice)(?!\p{L})/gu,
  sv: /(?<!\p{L})(?:ta(?:r)? det med en nypa salt|hålla huvudet kallt|håll huvudet kallt|lugnet före stormen|i samma båt|ligga lågt|gå som smör|ta tjuren vid hornen|kasta in handduken|lägga korten på bordet|en droppe i havet|toppen av isberget|tänka utanför boxen|rida ut stormen|hålla tummarna|håll tummarna|ha is i magen|det är kört|slå på stora trumman|i elfte timmen|ana ugglor i mossen|gå i taket|gå på knäna|kasta yxan i sjön|bita ihop|dra åt svångremmen|ta sitt pick och pack)(?!\p{L})/gu,
};
const PILE = 3;

export function idiomPile(a: Parameters<Rule["check"]>[0]): Draft | null {
  const family = a.lex?.family;
  if (family !== "sv" && family !== "en") return null;
  const seen = new Map<string, { field: "title" | "body"; start: number; end: number }>();
  for (const f of a.fields)
    for (const m of f.lower.matchAll(IDIOMS[family]))
      if (!seen.has(m[0])) seen.set(m[0], { field: f.name, start: m.index, end: m.index + m[0].length });
  if (seen.size < PILE) return null;
  const [first, at] = [...seen.entries()][0] as [string, { field: "title" | "body"; start: number; end: number }];
  return {
    severity: "error",
    points: 20,
    span: span(at.field, at.start, at.end),
    message: t(
      `${q(first)} och ${seen.size - 1} andra bildliga uttryck: den som läser på sitt andraspråk eller är orolig förstår inte vad som ska göras.`,
      `${q(first)} and ${seen.size - 1} other figures of speech: a reader in a second language, or a worried one, cannot tell what to do.`,
    ),
    suggestion: t(
      "Säg det bokstavligt: ”Vattna inte med slang. Vänta med att fylla pooler.”",
      "Say it literally: “Do not use a hosepipe. Do not fill paddling pools.”",
    ),
  };
}
