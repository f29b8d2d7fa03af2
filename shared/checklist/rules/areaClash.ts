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
  /(?:gäller|berörs|omfattas|drabbas|påverkas|koka|kokar|must boil|should boil|need to boil|are affected|is affected|affects|applies to)/u;
const NEGATION = /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:inte|ej|icke|not|no longer|n['’]t)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/**
 * After "i", "in" or "på", or a list's "bland annat", "including" (the places an area is said to cover, seventeenth
 * round: "gäller alla hushåll väster om Guldkroksvägen, bland annat Knäppåsen, Hammaren och Sjöryd"): an optional
 * lower-case word ("postcodes", "centrala"), then a list of places.
 */
const PLACES =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:i|in|på|[Bb]land annat|bl\.a\.|[Ii]nklusive|[Ii]ncluding|[Ss]uch as) (?:(?:postnummer|postcodes?|the|delar av|parts of|området|area|areas|stadsdelen|byn) )?((?:(?:centrala|centrum|\p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ-]*|[A-Z]{1,2}\d{1,2}[A-Z]?(?: \d)?)(?:,? (?:och|and|&|samt) |, | ))*(?:centrala|centrum|\p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ-]*|[A-Z]{1,2}\d{1,2}[A-Z]?(?: \d)?))/gu;
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
        if (/^\p{Lu}/u.test(w) || /^centr/u.test(w))
          out.add(w.toLowerCase().replace(/^centr[A-Za-zªµºÀ-ÖØ-öø-ɏ]*/u, "centr"));
    }
  }
  return out;
}

/**
 * The names in the clause that says "not affected", whatever the preposition: "… gäller enbart Ringstorp och Replösa;
 * övriga Ljungby tätort påverkas inte" excludes Ljungby, not the places of the clause before the semicolon.
 */
function namedBeside(text: string): string[] {
  const clause = text.split(/;|, men |, but /u).find((c) => NOT_AFFECTED.test(c.toLowerCase())) ?? "";
  const out: string[] = [];
  for (const m of clause.matchAll(/(?<=\s)\p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ-]+/gu)) out.push(m[0].toLowerCase());
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
    for (const nf of a.fields) {
      if (!NOT_AFFECTED.test(nf.lower)) continue;
      for (const ns of nf.sentences) {
        const noLower = nf.lower.slice(ns.start, ns.end);
        if (!NOT_AFFECTED.test(noLower)) continue;
        const noText = nf.text.slice(ns.start, ns.end);
        const excluded = new Set([...placesIn(noText), ...namedBeside(noText)]);
        if (excluded.size === 0) continue;
        for (const yf of a.fields)
          for (const ys of yf.sentences) {
            if (yf === nf && ys.index === ns.index) continue;
            const yesLower = yf.lower.slice(ys.start, ys.end);
            // Most sentences name none of the excluded places: a substring test before the list is parsed.
            if (![...excluded].some((p) => yesLower.includes(p))) continue;
            if (!AFFECTED.test(yesLower) || NEGATION.test(yesLower) || NOT_AFFECTED.test(yesLower)) continue;
            const shared = [...placesIn(yf.text.slice(ys.start, ys.end))].find((p) => excluded.has(p));
            if (shared === undefined) continue;
            return [
              {
                span: span(nf.name, ns.start, ns.end),
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
    }
    return [];
  },
};
