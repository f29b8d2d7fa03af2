/**
 * AC24: the ways in are down and no other is given. "Telefonväxel, e-post och e-tjänster fungerar inte" with no
 * number that works, no desk to visit and no emergency route: whoever needs the municipality today, home care, a
 * social worker, a parent, cannot reach it (MSB: tell people how to get help; CERC: give people something to do). A
 * temporary number, a desk, a reception or the emergency numbers answer. Twenty-first round: two studied authors wrote
 * it (blind45, blind49), one earlier set too; every such real text of the tuning material gives another route.
 */
import type { Analysis } from "../analysis.js";
import type { Draft, Rule } from "../types.js";
import { span, t } from "../text/spans.js";

const DOWN =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:telefonväxel[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|växeln|växel|telefoni[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|telefonerna|e-post(?:en)?|mejl(?:en)?|e-tjänster(?:na)?|phone (?:lines?|system)|switchboard|telephones?|email|e-mail|online services)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,6}? (?:fungerar inte|är nere|ligger nere|ur funktion|är ur drift|kan inte nås|går inte att nå|are down|is down|are unavailable|is unavailable|not working|are not working|is not working|out of (?:order|service)|offline)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const GATE = /växel|telefon|e-post|mejl|e-tjänst|phone|switchboard|email|e-mail|online services/u;
/** Another way in: a number, a desk or reception, in person, the emergency or health numbers. */
const ROUTE =
  /\d[\d ()-]{5,}\d|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:besök (?:oss|receptionen|kontaktcenter)|in person|reception[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|kundtjänst|kontaktcenter|112|911|999|000|1177|111|113 13)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

function downWithoutRoute(a: Analysis): { field: Analysis["body"]; start: number; end: number } | null {
  if (a.fields.some((f) => ROUTE.test(f.lower))) return null;
  for (const f of a.fields) {
    if (!GATE.test(f.lower)) continue;
    const m = DOWN.exec(f.lower);
    if (m !== null) return { field: f, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

export const AC24: Rule = {
  id: "AC24",
  principle: "active",
  name: "the ways in are down and no other is given",
  severity: "error",
  points: 25,
  repeat: 0,
  cap: 25,
  kinds: ["bulletin", "sms", "social"],
  languages: ["sv", "en"],
  check(a): Draft[] {
    const found = downWithoutRoute(a);
    if (found === null) return [];
    return [
      {
        span: span(found.field.name, found.start, found.end),
        message: t(
          "Texten säger att telefon eller e-post inte fungerar men inte hur man når kommunen i stället.",
          "The text says the phones or e-mail are down but not how to reach the organisation instead.",
        ),
        suggestion: t(
          "Ge en väg som fungerar: ”Ring 0123-45 67 00 eller besök receptionen i kommunhuset. Vid nödläge, ring 112.”",
          "Give a way that works: “Call 0123 456 700 or visit reception at the Town Hall. In an emergency, call 999.”",
        ),
      },
    ];
  },
};
