/**
 * FS12: a text out of date by its own stamp. "Posted: Friday 2 August 2024 … an amber alert in place until 9am on
 * Monday 29 July", "Publicerad 2025-01-17 … i dag, måndag": an old message republished with a new date, or a new
 * date on old facts. The reader cannot tell which day the facts are from, and what is said to be in force has ended
 * (MSB: information must be current; CERC: a stale message costs credibility).
 */
import type { Rule } from "../types.js";
import { span, t } from "../text/spans.js";

const MONTHS: Record<string, number> = {
  jan: 1,
  januari: 1,
  january: 1,
  feb: 2,
  februari: 2,
  february: 2,
  mar: 3,
  mars: 3,
  march: 3,
  apr: 4,
  april: 4,
  maj: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  aug: 8,
  augusti: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH = String.raw`(jan(?:uari|uary)?|feb(?:ruari|ruary)?|mar(?:s|ch)?|apr(?:il)?|maj|may|jun[ie]?|jul[iy]?|aug(?:usti|ust)?|sept?(?:ember)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAYS: Record<string, number> = {
  söndag: 0,
  måndag: 1,
  tisdag: 2,
  onsdag: 3,
  torsdag: 4,
  fredag: 5,
  lördag: 6,
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
const WEEKDAY = String.raw`(söndag|måndag|tisdag|onsdag|torsdag|fredag|lördag|sunday|monday|tuesday|wednesday|thursday|friday|saturday)`;

interface Day {
  y: number | null;
  m: number;
  d: number;
  start: number;
  end: number;
}

const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u;
const DAY_MONTH = new RegExp(
  String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ\d])(\d{1,2})(?:st|nd|rd|th|:e)?(?: of)? ${MONTH}(?: (\d{4}))?(?![A-Za-zªµºÀ-ÖØ-öø-ɏ\d])`,
  "u",
);
const MONTH_DAY = new RegExp(
  String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ\d])${MONTH} (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?(?![A-Za-zªµºÀ-ÖØ-öø-ɏ\d])`,
  "u",
);

/** The first calendar day written in a text (ISO, "17 januari 2025", "2 August", "August 2, 2024"), or null. */
export function firstDay(text: string): Day | null {
  const found: Day[] = [];
  const iso = ISO.exec(text);
  if (iso) found.push({ y: +iso[1]!, m: +iso[2]!, d: +iso[3]!, start: iso.index, end: iso.index + iso[0].length });
  const dm = DAY_MONTH.exec(text);
  if (dm) {
    const m = MONTHS[dm[2]!.replace(/\.$/u, "")];
    if (m) found.push({ y: dm[3] ? +dm[3] : null, m, d: +dm[1]!, start: dm.index, end: dm.index + dm[0].length });
  }
  const md = MONTH_DAY.exec(text);
  if (md) {
    const m = MONTHS[md[1]!.replace(/\.$/u, "")];
    if (m) found.push({ y: md[3] ? +md[3] : null, m, d: +md[2]!, start: md.index, end: md.index + md[0].length });
  }
  const valid = found.filter((x) => x.m >= 1 && x.m <= 12 && x.d >= 1 && x.d <= 31);
  return valid.sort((x, y) => x.start - y.start)[0] ?? null;
}

const ordinal = (x: { y: number; m: number; d: number }) => x.y * 400 + x.m * 32 + x.d;
/** The year a stamp without one is given: only compared with days that also lack a year. */
const YEARLESS = 2000;
const WEEKDAY_BEFORE = new RegExp(String.raw`${WEEKDAY}\s*$`, "u");
/** A time told as moved: "originally expected by 11 March, has been delayed", "beräknades först till …". */
const RESCHEDULED =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:originally|initially|previously|delayed|postponed|was expected|had been expected|ursprungligen|tidigare|först beräknad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|beräknades|försenad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|skjutits upp|flyttats)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** Where the newest entry of a page with dated heads ends: at its second stamp word that opens a line. */
function newestEntryEnd(lower: string): number {
  const heads = wordMatches(lower, STAMP_WORDS).filter((m) =>
    /^[ \t]*$/u.test(lower.slice(lower.lastIndexOf("\n", m.index - 1) + 1, m.index)),
  );
  return heads.length >= 2 ? (heads[1]?.index ?? lower.length) : lower.length;
}
/** What is expected by a day: "Reparationen beräknas vara klar måndag 11 mars", "Nästa uppdatering kommer …". */
const EXPECTED_ALL =
  /(?:beräknas|väntas|nästa uppdatering|next update|expected|estimated|is due|are due)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gu;

/** The words that stamp a text's own day. */
const STAMP_WORDS =
  /(?:publicerad|publicerat|uppdaterad|uppdaterat|senast uppdaterad|posted|published|updated|last updated|issued)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gu;
/** What is in force up to a day: "until 9am on Monday 29 July", "gäller till och med 5 mars". */
const UNTIL_ALL =
  /(?:until|till och med|t\.o\.m\.|tills|fram till|gäller till|in place to|in force to|runs to|expires)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gu;
/** An end told as past: "which was in force until …, has now ended", "gällde till …". */
const ENDED =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:was|were|had been|has (?:now )?ended|have (?:now )?ended|has been lifted|was lifted|var|gällde|har (?:nu )?upphört|har hävts|hävdes|upphörde)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** Today named by its weekday: "i dag, måndag", "today (Monday)", "today, Monday". */
const TODAY_IS = new RegExp(
  String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:i ?dag|today),? \(?${WEEKDAY}(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
  "u",
);

/**
 * The matches of a word pattern that start a word. The patterns carry no leading `(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])`: in V8 a leading
 * Unicode lookbehind is tried at every position and costs about seven times the scan, so the start is checked here.
 */
function wordMatches(text: string, re: RegExp): RegExpExecArray[] {
  return [...text.matchAll(re)].filter((m) => m.index === 0 || !/[A-Za-zªµºÀ-ÖØ-öø-ɏ]/u.test(text[m.index - 1] ?? ""));
}

export const FS12: Rule = {
  id: "FS12",
  principle: "fast",
  name: "out of date by its own stamp",
  severity: "error",
  points: 25,
  repeat: 0,
  cap: 25,
  kinds: ["bulletin", "sms", "social"],
  languages: ["sv", "en"],
  check(a) {
    const stampDay = latestStamp(a);
    if (stampDay === null) return [];
    for (const field of a.fields) {
      const today = TODAY_IS.exec(field.lower);
      if (today !== null && !stampDay.yearless) {
        const said = WEEKDAYS[today[1] ?? ""];
        const actual = new Date(Date.UTC(stampDay.y, stampDay.m - 1, stampDay.d)).getUTCDay();
        if (said !== undefined && said !== actual)
          return [finding(field.name, today.index, today.index + today[0].length)];
      }
      // An expectation is read only in the newest entry: a page that keeps its update history under dated heads said
      // it then (a code review).
      const newest = newestEntryEnd(field.lower);
      const expected = [...wordMatches(field.lower, EXPECTED_ALL)].filter((m) => m.index < newest);
      for (const until of [...wordMatches(field.lower, UNTIL_ALL), ...expected]) {
        const sentence = field.sentences.find((s) => s.start <= until.index && until.index < s.end);
        // "… which was in force until 30 September, has now ended": an end told as past.
        if (sentence !== undefined && ENDED.test(field.lower.slice(sentence.start, sentence.end))) continue;
        if (sentence !== undefined && RESCHEDULED.test(field.lower.slice(sentence.start, sentence.end))) continue;
        const end = sentence === undefined ? until.index + 40 : Math.min(until.index + 40, sentence.end);
        const day = firstDay(field.lower.slice(until.index, end));
        if (day === null || (stampDay.yearless && day.y !== null)) continue;
        // No year: the stamp's, or the next one's for a day well before it ("Posted 20 December … until 3 January").
        const y =
          day.y ??
          (ordinal({ y: stampDay.y, m: day.m, d: day.d }) < ordinal(stampDay) - 60 ? stampDay.y + 1 : stampDay.y);
        if (ordinal({ y, m: day.m, d: day.d }) < ordinal(stampDay))
          return [finding(field.name, until.index, until.index + day.end)];
      }
    }
    return [];
  },
};

/**
 * The text's own day: the latest day with a year right after a stamp word ("Publicerad 2025-01-16, uppdaterad
 * 2025-01-17 kl. 07.10": the 17th).
 */
function latestStamp(a: Parameters<Rule["check"]>[0]): { y: number; m: number; d: number; yearless: boolean } | null {
  let latest: { y: number; m: number; d: number; yearless: boolean } | null = null;
  for (const f of a.fields) {
    for (const word of wordMatches(f.lower, STAMP_WORDS)) {
      const day = firstDay(f.lower.slice(word.index, word.index + 60));
      if (day === null || day.start > word[0].length + 20) continue;
      // A stamp with a weekday but no year ("uppdaterad onsdag 13 mars kl. 10.00", nineteenth round) is read as this
      // text's year: every other day in it is compared within the same year, or the next one across new year.
      const stamp = { y: day.y ?? YEARLESS, m: day.m, d: day.d, yearless: day.y === null };
      if (day.y === null && !WEEKDAY_BEFORE.test(f.lower.slice(word.index, word.index + day.start))) continue;
      if (latest === null || ordinal(stamp) > ordinal(latest)) latest = stamp;
    }
  }
  return latest;
}

function finding(field: "title" | "body", start: number, end: number) {
  return {
    span: span(field, start, end),
    message: t(
      "Texten är daterad senare än det den säger gäller: den ser ut att vara gammal information med nytt datum.",
      "The text is dated later than what it says is in force: it reads as old information with a new date.",
    ),
    suggestion: t(
      "Skriv om texten med dagens läge, eller ta bort det som har slutat gälla.",
      "Rewrite the text with today's situation, or remove what is no longer in force.",
    ),
  };
}
