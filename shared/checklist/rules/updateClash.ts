/**
 * FS11: the next update promised for a time the message has already passed by its own stamp. "UPPDATERING kl 13.15:
 * … Nästa uppdatering kl 12.00", "UPDATE 3:40pm: … Next update at 3pm": an old promise left in when the text was
 * updated. The reader cannot tell when to look again, and the sender looks late before it has begun (MSB: say when
 * the next information comes; a promise must be one the reader can rely on). Without the publishing clock the text's
 * own stamp is the only now there is; FS3 compares with the clock when the console has one.
 */
import type { Rule } from "../types.js";
import { DIGIT_DAY, MONTH_WORD, WEEKDAY_WORD } from "../text/calendar.js";
import { span, t } from "../text/spans.js";
import { lexHits } from "./helpers.js";

/** A clock time: "kl 13.15", "kl. 9", "13:15", "3:40pm", "3 pm", "7 p.m.", "1930hrs". */
const CLOCK =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ\d])(?:(?:kl(?:\.|ockan)? ?)(\d{1,2})(?:[.:](\d{2}))?|(\d{1,2})(?:[:.](\d{2}))? ?(am|pm|a\.m\.|p\.m\.)|(\d{1,2})[:.](\d{2})|(\d{2})(\d{2}) ?hrs)(?![\d])/iu;

/** Minutes after midnight of the first clock time in a text, or null. */
export function firstClock(text: string): { minutes: number; start: number; end: number; meridiem: boolean } | null {
  const m = CLOCK.exec(text);
  if (m === null) return null;
  let hours: number;
  let minutes: number;
  if (m[1] !== undefined) [hours, minutes] = [Number(m[1]), Number(m[2] ?? 0)];
  else if (m[3] !== undefined) {
    hours = Number(m[3]) % 12;
    minutes = Number(m[4] ?? 0);
    if ((m[5] ?? "").toLowerCase().startsWith("p")) hours += 12;
  } else if (m[6] !== undefined) [hours, minutes] = [Number(m[6]), Number(m[7])];
  else [hours, minutes] = [Number(m[8]), Number(m[9])];
  if (hours > 23 || minutes > 59) return null;
  return { minutes: hours * 60 + minutes, start: m.index, end: m.index + m[0].length, meridiem: m[5] !== undefined };
}

/** The words that stamp a text's own time: "Uppdatering kl 13.15:", "Publicerad …", "UPDATE 3:40pm", "Posted …". */
const STAMP_WORD =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:uppdatering|uppdaterad|uppdaterat|publicerad|publicerat|senast uppdaterad|update|updated|posted|published|issued|last updated)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** A day other than today in the promise ("i morgon kl. 9", "Tuesday at 10", "den 5 mars"): not comparable. */
const OTHER_DAY = new RegExp(
  String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:i ?morgon|i ?övermorgon|tomorrow|${WEEKDAY_WORD}|den \d{1,2}|\d{1,2} ${MONTH_WORD}|${MONTH_WORD} \d{1,2}|${DIGIT_DAY})(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
  "u",
);

const OTHER_DAY_ALL = new RegExp(OTHER_DAY.source, "gu");

/** Between the stamp word and its clock: punctuation, a weekday, a date (or both), "kl", "at". */
const STAMP_LEAD = new RegExp(
  String.raw`^[\s:–-]*(?:(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+dag|${WEEKDAY_WORD})[ ,]*)?(?:(?:\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th|:e)? ${MONTH_WORD}(?: \d{4})?|${MONTH_WORD} \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?)[ ,]*)?(?:(?:kl(?:\.|ockan)?|at) ?)?`,
  "u",
);
/** "Lindvikens kommun kl. 14.40:", "Pine Hollow Water 9:15 a.m.:": a short label, a clock, a colon, at the start. */
const LABEL_STAMP =
  /^[^:.\n]{0,40}?(?:kommun|kommuns|region|regionen|stad|staden|räddningstjänst[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|polisen|vatten|energi|elnät|council|county|city|town|water|district|police|fire|utilities|department)(?:[^:.\n]{0,20}?) ((?:kl(?:\.|ockan)? ?)\d{1,2}[.:]\d{2}|\d{1,2}:\d{2} ?(?:am|pm|a\.m\.|p\.m\.)?)\s*:/u;
/** A promise more than this many minutes before the stamp is read as the next day's. */
const SAME_DAY_GAP = 6 * 60;

export const FS11: Rule = {
  id: "FS11",
  principle: "fast",
  name: "next update before the text's own time",
  severity: "error",
  points: 25,
  repeat: 0,
  cap: 25,
  kinds: ["bulletin", "sms", "social"],
  languages: ["sv", "en"],
  check(a) {
    const promise = lexHits(a, a.lex?.nextUpdate ?? null, { skipQuoted: true, skipQuestions: true })[0];
    if (promise === undefined) return [];
    const sentence = promise.field.lower.slice(promise.sentence.start, promise.sentence.end);
    const otherDay = OTHER_DAY.exec(sentence);
    const promised = firstClock(promise.field.lower.slice(promise.hit.start, promise.sentence.end));
    if (promised === null) return [];
    // The stamp: a clock time right after a stamp word ("Uppdatering kl 13.15:", "UPDATE 3:40pm:", "Publicerad 6
    // december kl. 16.30"), in the title or before the promise. Not any time near it: "UPDATE: The fire, which started
    // at 11pm" and "Uppdaterad information: Väg 40 stängs kl. 22" tell of events (a code review).
    const stamp = [a.title, a.body]
      .map((f) => {
        const text = f === promise.field ? f.lower.slice(0, promise.sentence.start) : f.lower;
        const word = STAMP_WORD.exec(text);
        if (word === null) {
          // A sender's label with its clock opening the text ("Lindvikens kommun kl. 14.40: …"): the stamp of an sms.
          const label = LABEL_STAMP.exec(text);
          const clock = label === null ? null : firstClock(label[1] ?? "");
          return clock === null ? null : { ...clock, day: "" };
        }
        const after = text.slice(word.index + word[0].length, word.index + word[0].length + 60);
        const lead = STAMP_LEAD.exec(after);
        if (lead === null) return null;
        const clock = firstClock(after.slice(lead[0].length));
        return clock !== null && clock.start === 0 ? { ...clock, day: lead[0] } : null;
      })
      .find((x) => x !== null);
    if (stamp === undefined || stamp === null) return [];
    // A day named in the promise is another day's, unless the stamp names the same one ("publicerad onsdag 15 oktober
    // kl. 14.30 … Nästa uppdatering kommer onsdag 15 oktober kl. 11.00": twentieth round, three authors wrote it).
    // Every day word of the promise must be the stamp's: "onsdag 22 oktober" under "onsdag 15 oktober" is next week's.
    if (otherDay !== null && [...sentence.matchAll(OTHER_DAY_ALL)].some((d) => !stamp.day.includes(d[0]))) return [];
    // "Update 3.40pm … Next update at 5.30": an English clock without am or pm after a pm stamp is in the afternoon.
    const promisedAt =
      a.language === "en" && !promised.meridiem && stamp.minutes >= 12 * 60 && promised.minutes < 13 * 60
        ? promised.minutes + 12 * 60
        : promised.minutes;
    // Earlier by more than a few hours is tomorrow's ("Uppdatering kl. 19.30 … Nästa uppdatering kl. 08.00").
    if (promisedAt >= stamp.minutes || stamp.minutes - promisedAt > SAME_DAY_GAP) return [];
    const at = promise.hit.start + promised.start;
    return [
      {
        span: span(promise.field.name, promise.hit.start, promise.hit.start + promised.end),
        message: t(
          `Nästa uppdatering utlovas ${promise.field.text.slice(at, promise.hit.start + promised.end).trim()}, men texten är själv daterad senare.`,
          `The next update is promised for ${promise.field.text.slice(at, promise.hit.start + promised.end).trim()}, but the text itself is stamped later.`,
        ),
        suggestion: t(
          "Skriv en ny tid för nästa uppdatering, efter den här: ”Nästa uppdatering kl. 16.00.”",
          "Give a new time for the next update, after this one: “Next update at 4 pm.”",
        ),
      },
    ];
  },
};
