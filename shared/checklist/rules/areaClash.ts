/**
 * Factual (saklig): one place both affected and not (ninth round, blind19 studied). "Customers in postcodes LL31 9 and
 * LL28 5 must boil tap water" and "Customers in LL31 9 are not affected"; "Rekommendationen gäller hushåll i Norra
 * Hagen och i centrala Ljungby" and "Boende i centrum berörs inte": the reader in that place cannot tell what applies.
 * Only the places a sentence puts people in ("i …", "in …", listed) are compared, not a supply's or a sender's name.
 */
import type { Analysis } from "../analysis.js";
import { q, span, t } from "../text/spans.js";
import type { Rule } from "../types.js";

const NOT_AFFECTED =
  /(?:berörs inte|påverkas inte|omfattas inte|är inte berörda|inte är berörda|gäller inte|behöver inte koka|not affected|unaffected|does not apply to|do not apply to|do not need to boil|don['’]t need to boil)/u;
const AFFECTED =
  /(?:gäller|berörs|omfattas|drabbas|påverkas|ska koka|behöver koka|must boil|should boil|need to boil|are affected|is affected|affects|applies to)/u;
const NEGATION = /(?<!\p{L})(?:inte|ej|icke|not|no longer|n['’]t)(?!\p{L})/u;

/** After "i", "in" or "på": an optional lower-case word ("postcodes", "centrala"), then a list of places. */
const PLACES =
  /(?<!\p{L})(?:i|in|på) (?:(?:postnummer|postcodes?|the|delar av|parts of|området|area|areas|stadsdelen|byn) )?((?:(?:centrala|centrum|\p{Lu}[\p{L}-]*|[A-Z]{1,2}\d{1,2}[A-Z]?(?: \d)?)(?:,? (?:och|and|&|samt) |, | ))*(?:centrala|centrum|\p{Lu}[\p{L}-]*|[A-Z]{1,2}\d{1,2}[A-Z]?(?: \d)?))/gu;
const STOP = new Set(["och", "and", "samt", "&"]);

function placesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(PLACES)) {
    const list = m[1] ?? "";
    for (const part of list.split(/,? (?:och|and|&|samt) |, /u)) {
      const token = part.trim();
      if (token === "" || STOP.has(token)) continue;
      out.add(/^centr/u.test(token.toLowerCase()) ? "centr" : token.toLowerCase());
      for (const w of token.split(" "))
        if (/^\p{Lu}/u.test(w) || /^centr/u.test(w)) out.add(w.toLowerCase().replace(/^centr\p{L}*/u, "centr"));
    }
  }
  return out;
}

export const FA20: Rule = {
  id: "FA20",
  principle: "factual",
  name: "one place both affected and not",
  severity: "error",
  points: 40,
  repeat: 0,
  cap: 40,
  kinds: ["bulletin", "sms", "social"],
  languages: ["sv", "en"],
  check(a: Analysis) {
    if (!a.fields.some((f) => NOT_AFFECTED.test(f.lower))) return [];
    const sentences = a.fields.flatMap((f) =>
      f.sentences.map((s) => ({ f, s, text: f.text.slice(s.start, s.end), lower: f.lower.slice(s.start, s.end) })),
    );
    for (const no of sentences) {
      if (!NOT_AFFECTED.test(no.lower)) continue;
      const excluded = placesIn(no.text);
      if (excluded.size === 0) continue;
      for (const yes of sentences) {
        // Most sentences name none of the excluded places: a substring test before the list is parsed.
        if (yes === no || ![...excluded].some((p) => yes.lower.includes(p))) continue;
        if (!AFFECTED.test(yes.lower) || NEGATION.test(yes.lower) || NOT_AFFECTED.test(yes.lower)) continue;
        const shared = [...placesIn(yes.text)].find((p) => excluded.has(p));
        if (shared === undefined) continue;
        return [
          {
            span: span(no.f.name, no.s.start, no.s.end),
            message: t(
              `${q(shared)} sägs både beröras och inte beröras: de som bor där vet inte vad som gäller.`,
              `${q(shared)} is said to be both affected and not: people there cannot tell what applies.`,
            ),
            suggestion: t(
              "Räkna upp de berörda områdena en gång, och de som inte berörs utan överlapp.",
              "List the affected areas once, and those not affected without overlap.",
            ),
          },
        ];
      }
    }
    return [];
  },
};
