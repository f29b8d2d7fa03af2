/**
 * AC14: a correction that says what was wrong but not what is right. "I gårdagens meddelande blev datumet fel. Vi ber
 * om ursäkt." with no date in the text: the reader learns the old date is wrong and still does not know when. A
 * correction states the right fact (the debunking handbook: replace the error with the fact; MSB: rätta tydligt).
 */
import type { Rule } from "../types.js";
import { DIGIT_DAY, WEEKDAY_WORD } from "../text/calendar.js";
import { span, t } from "../text/spans.js";
import { anyFlag } from "./helpers.js";
import { firstDay } from "./staleDates.js";

/** What was wrong, by kind: a day, a time, or a place/address. */
const NOUN_SV = String.raw`(datum(?:et)?|dag(?:en)?|tid(?:en|punkten)?|klockslag(?:et)?|adress(?:en)?)`;
const NOUN_EN = String.raw`(date|day|time|address)`;
const WRONG: Record<string, RegExp> = {
  sv: new RegExp(
    String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:${NOUN_SV} (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:blev|var|angavs|stod|skrevs)|(?:blev|var|angavs|stod|skrevs) ${NOUN_SV}) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:fel|felaktig[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|inte rätt)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
    "u",
  ),
  en: new RegExp(
    String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:${NOUN_EN} (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:was|were|had been) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:wrong|incorrect|given incorrectly|stated incorrectly|not right|an error)|(?:wrong|incorrect) ${NOUN_EN})(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
    "u",
  ),
};
const WEEKDAY = new RegExp(
  String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:${WEEKDAY_WORD}|i (?:dag|morgon|övermorgon)|idag|imorgon|today|tomorrow)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
  "u",
);
const ISO_DAY = new RegExp(DIGIT_DAY, "u");
const CORRECTION_HEAD =
  /^\s*(?:rättelse|korrigering|correction|corrected|update and correction)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** A clock time in words: "klockan sju i kväll", "at half past six", "at seven o'clock". */
const TIME_IN_WORDS =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:klockan (?:ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)|(?:halv|kvart (?:i|över)) (?:ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)|half past (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) o['’]clock|noon|midday|midnight|middag|midnatt)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const DAY_WORDS = new Set(["datum", "datumet", "dag", "dagen", "date", "day"]);
const TIME_WORDS = new Set(["tid", "tiden", "tidpunkten", "klockslag", "klockslaget", "time"]);

export const AC14: Rule = {
  id: "AC14",
  principle: "active",
  name: "a correction without the right fact",
  severity: "error",
  points: 30,
  repeat: 0,
  cap: 30,
  languages: ["sv", "en"],
  check(a) {
    // A correction: the kind, or a text headed as one. An apology for a wrong time in a bulletin that asks people to
    // call and check ("Some patients were sent a text with the wrong time") corrects by another route.
    if (a.kind !== "correction" && !CORRECTION_HEAD.test(a.title.lower) && !CORRECTION_HEAD.test(a.body.lower))
      return [];
    const lang = a.language === "sv-lattlast" ? "sv" : a.language;
    const wrong = WRONG[lang];
    if (wrong === undefined) return [];
    for (const f of a.fields) {
      const m = wrong.exec(f.lower);
      if (m === null) continue;
      const what = m[1] ?? m[2] ?? "";
      const text = `${a.title.lower}\n${a.body.lower}`;
      const hasDay = firstDay(text) !== null || WEEKDAY.test(text) || ISO_DAY.test(text);
      const hasTime = a.fields.some((x) => anyFlag(a.flags(x, "times"))) || TIME_IN_WORDS.test(text);
      const given = DAY_WORDS.has(what) ? hasDay : TIME_WORDS.has(what) ? hasTime : true;
      if (given) return [];
      return [
        {
          span: span(f.name, m.index, m.index + m[0].length),
          message: t(
            "Rättelsen säger vad som var fel men inte vad som är rätt.",
            "The correction says what was wrong but not what is right.",
          ),
          suggestion: t(
            "Skriv det rätta: ”Rätt datum är tisdag 10 juni.”",
            "State what is right: “The correct date is Tuesday 10 June.”",
          ),
        },
      ];
    }
    return [];
  },
};
