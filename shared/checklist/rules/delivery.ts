/**
 * Audience-adapted, delivery: required language versions, a clear sender, an absolute date, and descriptive links
 * (research.md §8.5, §8.6, §9; DESIGN.md: "current and dated, a clear sender").
 */
import type { Analysis } from "../analysis.js";
import { findAll } from "../text/match.js";
import { q, span, t } from "../text/spans.js";
import { exampleDay, inMessageLanguage } from "../text/stamp.js";
import type { Draft, Rule } from "../types.js";
import { anyFlag, fieldMatches, findingsForMatches, lexHits } from "./helpers.js";
import { namesSpeaker } from "./substance.js";

const RESIDENT_AUDIENCES = new Set(["residents", "affected-area", "vulnerable-groups"]);

const LANGUAGE_NAMES: Record<string, [string, string]> = {
  sv: ["svenska", "Swedish"],
  en: ["engelska", "English"],
  fi: ["finska", "Finnish"],
  "sv-lattlast": ["lättläst svenska", "easy Swedish"],
};

export function requiredLanguages(a: Analysis): string[] {
  const required = new Set<string>();
  const forResidents = a.audiences.length === 0 || a.audiences.some((x) => RESIDENT_AUDIENCES.has(x));
  if (forResidents) for (const l of a.context.requiredLanguages ?? []) required.add(l);
  if (a.audiences.includes("visitors")) required.add("en");
  if (a.audiences.includes("vulnerable-groups")) required.add("sv-lattlast");
  return [...required];
}

export const AU13: Rule = {
  id: "AU13",
  principle: "audienceAdapted",
  name: "required language version missing",
  severity: "warn",
  points: 10,
  repeat: 10,
  cap: 20,
  kinds: ["bulletin", "sms", "social", "correction"],
  check(a) {
    const available = new Set([a.language, ...(a.context.availableLanguages ?? [])]);
    return requiredLanguages(a)
      .filter((l) => !available.has(l))
      .map((l): Draft => {
        const [sv, en] = LANGUAGE_NAMES[l] ?? [l, l];
        return {
          message: t(
            `Det finns ingen version på ${sv}, som krävs för de valda målgrupperna.`,
            `There is no ${en} version, which the chosen audiences require.`,
          ),
          suggestion: t(`Skapa en version på ${sv}.`, `Create a ${en} version.`),
        };
      });
  },
};

export const AU14: Rule = {
  id: "AU14",
  principle: "audienceAdapted",
  name: "no clear sender",
  severity: "warn",
  points: 10,
  repeat: 0,
  cap: 10,
  kinds: ["bulletin", "sms", "correction"],
  languages: ["sv", "en", "fi"],
  check(a) {
    if (namesSpeaker(a)) return [];
    return [
      {
        message: t("Det framgår inte vem som står bakom meddelandet.", "It is not clear who is sending the message."),
        suggestion: t(
          "Namnge avsändaren: ”Exempelby kommun informerar …”.",
          "Name the sender: “Exampletown Council advises …”.",
        ),
      },
    ];
  },
};

export const AU15: Rule = {
  id: "AU15",
  principle: "audienceAdapted",
  name: "relative time without a date",
  severity: "info",
  points: 4,
  repeat: 0,
  cap: 4,
  kinds: ["bulletin", "faq", "social", "correction"],
  // Only its suggestion reads the clock (today's date to copy).
  clock: true,
  languages: ["sv", "en", "fi"],
  check(a) {
    const lex = a.lex;
    if (lex === null) return [];
    if (a.fields.some((f) => anyFlag(a.flags(f, "dates")))) return [];
    const first = lexHits(a, lex.relativeTime, { skipQuoted: true })[0];
    if (first === undefined) return [];
    // The words to copy are in the message's language; only the advice around them follows the UI's.
    const day = inMessageLanguage(exampleDay(a.now), a.language);
    const today = a.language === "en" ? `today, ${day}` : a.language === "fi" ? `tänään ${day}` : `i dag, ${day}`;
    return [
      {
        span: span(first.field.name, first.hit.start, first.hit.end),
        message: t(
          `${q(first.hit.text)} blir oklart när meddelandet läses senare, och inget datum anges.`,
          `${q(first.hit.text)} becomes unclear when the message is read later, and no date is given.`,
        ),
        suggestion: t(`Skriv datumet: ”${today}”.`, `Add the date: “${today}”.`),
      },
    ];
  },
};

const SHORTENER_HOSTS = ["bit.ly/", "tinyurl.com/", "goo.gl/", "t.co/", "ow.ly/", "is.gd/"]; // scan only when one occurs
const SHORTENER = /(?<![a-z0-9.])(?:bit\.ly|tinyurl\.com|goo\.gl|t\.co|ow\.ly|is\.gd)\/\S*/g;

export const AU16: Rule = {
  id: "AU16",
  principle: "audienceAdapted",
  name: "link text or address that hides the target",
  severity: "info",
  points: 3,
  repeat: 2,
  cap: 6,
  check(a) {
    const out = findingsForMatches(lexHits(a, a.lex?.linkText ?? null), (h) => ({
      message: t(
        `Länktexten ${q(h.hit.text)} säger inte vart länken leder.`,
        `The link text ${q(h.hit.text)} does not say where it leads.`,
      ),
      suggestion: t(
        "Beskriv målet: ”Läs mer om kokningsrekommendationen på kommunen.se/vatten”.",
        "Describe the target: “Read about the boil-water advice at council.example/water”.",
      ),
    }));
    const shortened = findingsForMatches(
      fieldMatches(a, (field) =>
        SHORTENER_HOSTS.some((h) => field.lower.includes(h)) ? findAll(field.lower, SHORTENER) : [],
      ),
      ({ hit }) => ({
        message: t(
          `Den förkortade adressen ${q(hit.text)} döljer vart länken leder.`,
          `The shortened address ${q(hit.text)} hides where it leads.`,
        ),
        suggestion: t(
          "Skriv ut hela adressen, så att mottagaren ser att den är kommunens.",
          "Write the full address so readers can see it is the council's.",
        ),
      }),
    );
    out.push(...shortened);
    return out;
  },
};
