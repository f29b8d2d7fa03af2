/**
 * FA26: casualties guessed at. "Several students may be injured", "up to 12 people may have died", "flera kan ha
 * omkommit": a count of the dead or injured that nobody has confirmed frightens every family with someone there, and
 * the figure travels (Krisinformation.se: pass on only confirmed information from the responsible authority; CDC CERC:
 * be right). Confirmed figures ("two people were taken to hospital") and warnings to the reader ("you could be
 * injured if …") are other matters.
 */
import type { Draft, Rule } from "../types.js";
import { span, t } from "../text/spans.js";

const GUESSED: Record<"sv" | "en", RegExp> = {
  en: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:may|might) (?:well )?(?:have been |be )(?:seriously |critically )?(?:injured|hurt|killed|dead|trapped)|(?:may|might|could) (?:well )?have (?:died|been (?:seriously |critically )?(?:injured|hurt|killed))|possibly (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:injured|dead|killed))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
  sv: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:kan ha|ska ha|skulle kunna ha) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:skadats|omkommit|dött|avlidit|blivit (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?skadade|förolyckats)|kan vara (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:skadade|döda|omkomna))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
};
/** Who is counted: people, a number, "several". */
const PEOPLE: Record<"sv" | "en", RegExp> = {
  en: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:people|persons|students|pupils|children|residents|workers|passengers|staff|patients|victims|several|many|dozens|\d+)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
  sv: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:personer|människor|elever|barn|boende|arbetare|passagerare|anställda|patienter|flera|många|ett tiotal|\d+)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
};
/**
 * A warning to the reader, a condition, an appeal to those hurt or a reason for a search, not a count: "you could be
 * injured if …", "Any passengers who may have been injured … are asked to call 101", "söker igenom huset eftersom
 * personer kan vara instängda" (a code review).
 */
const NOT_A_COUNT =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:you|your|if|unless|du|ni|om du|om ni|om man|ifall|any(?:one)? (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?who|those who|(?:are|is) (?:being )?(?:asked|urged|encouraged) to|come forward|contact (?:us|police|officers)|call 101|eftersom|because|since|hör av sig|kontakta polisen)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

export const FA26: Rule = {
  id: "FA26",
  principle: "factual",
  name: "casualties guessed at",
  severity: "error",
  points: 35,
  repeat: 0,
  cap: 35,
  languages: ["sv", "en"],
  check(a): Draft[] {
    const family = a.family === "sv" || a.family === "en" ? a.family : null;
    if (family === null) return [];
    for (const f of a.fields)
      for (const s of f.sentences) {
        if (s.question) continue;
        const text = f.lower.slice(s.start, s.end);
        const m = GUESSED[family].exec(text);
        if (m === null || !PEOPLE[family].test(text) || NOT_A_COUNT.test(text)) continue;
        return [
          {
            span: span(f.name, s.start + m.index, s.start + m.index + m[0].length),
            message: t(
              "Texten gissar om döda eller skadade: säg bara det som är bekräftat, och av vem.",
              "The text guesses at the dead or injured: say only what is confirmed, and by whom.",
            ),
            suggestion: t(
              "”Polisen bekräftar att två personer har förts till sjukhus. Vi vet ännu inte om fler är skadade.”",
              "“Police confirm two people have been taken to hospital. We do not yet know whether anyone else is hurt.”",
            ),
          },
        ];
      }
    return [];
  },
};
