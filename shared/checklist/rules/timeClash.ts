/**
 * Factual (saklig): two times for one return (ninth round, blind16 and blind18/19 studied). A closure or outage given
 * as a window ("Vattnet är avstängt kl. 10.00–14.00", "closed from 20:00 on Friday until 06:00 on Monday") and a return
 * promised inside that window ("Vattnet beräknas vara tillbaka senast kl. 12.30", "The bridge will reopen at 18:00 on
 * Sunday") tell the reader two things; they plan by the wrong one. A return said to be possibly earlier ("may reopen
 * earlier, around 14:00") is no contradiction.
 */
import type { Analysis } from "../analysis.js";
import { q, span, t } from "../text/spans.js";
import type { Rule } from "../types.js";
import { MUNICIPALITY_TIME_ZONE } from "../../timeZone.js";
import { firstClock } from "./updateClash.js";

const TIME = String.raw`(\d{1,2})[.:](\d{2})`;
const DAY = String.raw`(?:(?:on|på) )?((?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)`;
/** "kl. 10.00–14.00", "10:00-14:00", "från kl. 20.00 (på fredag) till kl. 06.00 (på måndag)", "from 20:00 on Friday until 06:00 on Monday". */
const WINDOW = new RegExp(
  String.raw`(?:(?:kl\.?|klockan) ?)?${TIME}(?: ${DAY})?(?: \d{1,2} [A-Za-zªµºÀ-ÖØ-öø-ɏ]+)? ?(?:[–-]|till|fram till|until|to) ?(?:(?:kl\.?|klockan) ?)?${TIME}(?: ${DAY})?`,
  "u",
);
const FROM_WINDOW = new RegExp(
  String.raw`(?:från|from) (?:(?:kl\.?|klockan) ?)?${TIME}(?: ${DAY})?(?: \d{1,2} [A-Za-zªµºÀ-ÖØ-öø-ɏ]+)?(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,3}? (?:till|fram till|until|to) (?:(?:kl\.?|klockan) ?)?${TIME}(?: ${DAY})?`,
  "u",
);
const OUTAGE =
  /(?:avstängd|avstängt|avstängda|stängd|stängt|stängs|stängas|utan (?:vatten|ström|el|värme)|avbrott|closed|closure|shut|off|no (?:water|power|supply)|outage)/u;
const RETURN = new RegExp(
  String.raw`(?:tillbaka|åter|öppnar igen|öppnas igen|återöppna[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|reopen[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|re-open[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|restored|back on|be back|returns?)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,6}? (?:senast |at |by |around |omkring |cirka |ca )?(?:(?:kl\.?|klockan) ?)?${TIME}(?: (?:on |på )?${DAY})?`,
  "u",
);
const MAYBE_EARLIER = /(?:tidigare|earlier|sooner|möjligen|kanske|förhoppningsvis|may|might|could|kan komma)/u;

const DAYS = ["mån", "tis", "ons", "tor", "fre", "lör", "sön"];
const DAYS_EN = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
function dayIndex(day: string | undefined): number | undefined {
  if (day === undefined) return undefined;
  const head = day.slice(0, 3);
  const sv = DAYS.indexOf(head);
  return sv >= 0 ? sv : DAYS_EN.indexOf(head) >= 0 ? DAYS_EN.indexOf(head) : undefined;
}
const minutes = (h: string | undefined, m: string | undefined): number => Number(h) * 60 + Number(m);

let weekdayFormat: Intl.DateTimeFormat | null = null;
/** The weekday of a moment in the municipality's time, Monday 0. */
function swedishWeekday(ms: number): number | null {
  weekdayFormat ??= new Intl.DateTimeFormat("en-GB", { timeZone: MUNICIPALITY_TIME_ZONE, weekday: "short" });
  const day = DAYS_EN.indexOf(weekdayFormat.format(ms).slice(0, 3).toLowerCase());
  return day < 0 ? null : day;
}
/**
 * The weekday a text scored without a clock says it was written on, from a dateline of its own: a short first sentence
 * of the body that names a weekday as its date ("Hillford Council, Wednesday.", "Ekby kommun, lördag kl. 09.40.",
 * "Uppdaterad tisdag 25 november"), not one that tells what happened on a day ("I måndags gick en ledning sönder",
 * "On Monday a water main burst"). With a clock, the clock's day counts (what is published is read that day).
 */
function datelineDay(a: Analysis): number | null {
  const first = a.body.sentences[0];
  if (first === undefined || first.words > DATELINE_WORDS) return null;
  const text = a.body.lower.slice(first.start, first.end);
  if (FIRM_RETURN.test(text) || LATER_BOUND.test(text)) return null;
  const m = DATELINE.exec(text);
  return m === null ? null : (dayIndex(m[1]) ?? null);
}
/** Days from `today` to the next `day` (0 for today itself). */
const ahead = (day: number, today: number): number => (day - today + 7) % 7;

interface Window {
  start: number;
  end: number;
  days: boolean;
}

/** The window in minutes of a week when days are named (the end after the start), else in minutes of one day. */
function windowOf(m: RegExpExecArray): Window | undefined {
  const d1 = dayIndex(m[3]);
  const d2 = dayIndex(m[6]);
  if ((d1 === undefined) !== (d2 === undefined)) return undefined;
  let start = minutes(m[1], m[2]);
  let end = minutes(m[4], m[5]);
  if (d1 !== undefined && d2 !== undefined) {
    start += d1 * 1440;
    end += (d2 < d1 ? d2 + 7 : d2) * 1440;
    return { start, end, days: true };
  }
  return end > start ? { start, end, days: false } : undefined;
}

/**
 * A firm return ("Vattnet är tillbaka senast kl. 14.00 i dag", "The road will reopen at 7am on Thursday") and, in
 * another sentence, a lower bound past it ("klart tidigast söndag kväll", "väntas ta minst ett dygn", "until at least
 * next Monday"). Twelfth round, from the tuning sets' self-contradictions about restoration times.
 */
// A clock time, not any number: "kl. 8", "14.00", "7am" ("tillbaka i 12 av 15 gator" names streets, not an hour).
const CLOCK = String.raw`(?:(?:kl\.?|klockan) ?\d{1,2}(?:[.:]\d{2})?|\d{1,2}[.:]\d{2}(?: ?(?:am|pm|a\.m\.|p\.m\.))?|\d{1,2} ?(?:am|pm|a\.m\.|p\.m\.))`;
const FIRM_RETURN = new RegExp(
  String.raw`(?:tillbaka|åter|klart|klar|öppnar igen|öppnas igen|återöppna[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|reopen[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|re-open[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|restored|back on|be back|fixed|repaired|completed)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,6}? (?:senast |at |by |around |omkring |cirka |ca )?${CLOCK}(?: (?:i dag|today|tonight|i kväll|i eftermiddag|this (?:morning|afternoon|evening)|(?:on |på )?${DAY}))?`,
  "u",
);
const LATER_BOUND = new RegExp(
  String.raw`(?:tidigast|at the earliest|no earlier than|not before|inte förrän|until at least|at least until|minst (?:till|fram till))(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,2}? (?:(?:i )?morgon|tomorrow|nästa vecka|next week|(?:next |nästa )?${DAY})|${DAY}(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+)? at the earliest|(?:minst|at least|no less than) (?:ett|en|två|tre|one|two|three|\d+|a full) (?:dygn|dagar|veckor|days?|weeks?)|(?:flera|några|several|a few) (?:dygn|dagar|veckor|days|weeks)`,
  "u",
);
const BOUND_WORD = /tidigast|earliest|förrän|not before|at least|minst|flera|några|several|a few/u;
/** Twenty-seventh round (blind70 studied): a lower bound at a clock time ("expected to last until at least 2 p.m."). */
const CLOCK_BOUND = new RegExp(
  String.raw`(?:until at least|at least until|not before|no earlier than|tidigast|inte förrän|minst (?:till|fram till)) ${CLOCK}`,
  "u",
);
const OF_THE_CLOSURE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:closure|closed|shut|outage|avstängning(?:en)?|avstängd|avstängt|stängd|stängt|avbrott(?:et)?)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const PARTIAL =
  /tillfällig|provisori|temporär|temporary|interim|reservkraft|generator|backup|förbikoppl|bypass|delvis|partial|vissa kunder|some customers|de flesta|most customers|tankbil|water tank/u;
const DAY_WORD = new RegExp(DAY, "u");
const DATELINE_WORDS = 8;
/** A weekday as a date: after a comma, a label or at the start, not after "i"/"since"/"on" nor as "måndags". */
const DATELINE = new RegExp(
  String.raw`(?:^|, |(?:uppdaterad|publicerad|updated|posted|issued):? )((?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
  "u",
);
const NEXT_WEEK = /(?:next|nästa) (?:(?:on|på) )?[A-Za-zªµºÀ-ÖØ-öø-ɏ]+dag|(?:next|nästa) [A-Za-zªµºÀ-ÖØ-öø-ɏ]*day/u;
const TODAY = /i dag|today|tonight|i kväll|i eftermiddag|this (?:morning|afternoon|evening)/u;

function laterBoundClash(a: Analysis): { field: Analysis["fields"][number]; start: number; end: number } | undefined {
  // Cheap gate first: most texts name no lower bound at all.
  if (!a.fields.some((f) => BOUND_WORD.test(f.lower))) return undefined;
  if (a.fields.some((f) => PARTIAL.test(f.lower))) return undefined;
  const firm: Array<{
    field: Analysis["fields"][number];
    sentence: number;
    start: number;
    end: number;
    day: number | "today";
  }> = [];
  const bounds: Array<{
    field: string;
    sentence: number;
    day: number | "later";
    nextWeek: boolean;
    minutes?: number;
  }> = [];
  const today = a.now === null ? datelineDay(a) : swedishWeekday(a.now);
  for (const f of a.fields)
    for (const [i, s] of f.sentences.entries()) {
      const text = f.lower.slice(s.start, s.end);
      const r = FIRM_RETURN.exec(text);
      if (r !== null && !MAYBE_EARLIER.test(text) && !LATER_BOUND.test(text)) {
        // The day may stand before the time as well as after it ("öppnar igen fredag kl. 8").
        const named = r[1] ?? DAY_WORD.exec(r[0])?.[1];
        const day = dayIndex(named);
        if (day !== undefined || TODAY.test(r[0]) || named === undefined)
          firm.push({
            field: f,
            sentence: i,
            start: s.start + r.index,
            end: s.start + r.index + r[0].length,
            day: day ?? "today",
          });
      }
      // A bound at a clock time, with no day named: the same day as a return today, compared by the clock.
      const clockBound = CLOCK_BOUND.exec(text);
      // The bound must speak of the closure or the outage itself, not of a footpath's repairs or a generator.
      const boundAt =
        clockBound === null || DAY_WORD.test(text) || !OF_THE_CLOSURE.test(text)
          ? null
          : (firstClock(clockBound[0])?.minutes ?? null);
      if (boundAt !== null)
        bounds.push({ field: f.name, sentence: i, day: "later", nextWeek: false, minutes: boundAt });
      const b = boundAt === null ? LATER_BOUND.exec(text) : null;
      if (b !== null) {
        const named = dayIndex(b[1] ?? b[2]);
        // "until at least next Monday": a day of the following week, past any weekday of this one.
        const nextWeek = named !== undefined && NEXT_WEEK.test(b[0]);
        bounds.push({ field: f.name, sentence: i, day: nextWeek ? "later" : (named ?? "later"), nextWeek });
      }
    }
  for (const r of firm)
    for (const b of bounds) {
      if (b.field === r.field.name && b.sentence === r.sentence) continue;
      // Any bound of a day or more past a return today; a bound on a weekday past a return on a weekday, counted from
      // the day of scoring ("öppnar igen fredag" and "tidigast onsdag" clash on a Thursday, not on a Monday). Without
      // a clock the order of two weekdays is unknown, and nothing is claimed.
      if (b.minutes !== undefined) {
        const at = r.day === "today" ? (firstClock(r.field.lower.slice(r.start, r.end))?.minutes ?? null) : null;
        if (at !== null && b.minutes > at + 30) return { field: r.field, start: r.start, end: r.end };
        continue;
      }
      const clash =
        r.day === "today" || b.nextWeek
          ? true
          : b.day === "later" || today === null
            ? false
            : ahead(b.day, today) > ahead(r.day, today);
      if (clash) return { field: r.field, start: r.start, end: r.end };
    }
  return undefined;
}

export const FA19: Rule = {
  id: "FA19",
  principle: "factual",
  name: "two times for one return",
  severity: "error",
  points: 40,
  repeat: 0,
  cap: 40,
  languages: ["sv", "en"],
  // The order of two weekdays depends on the day of scoring.
  clock: true,
  check(a: Analysis) {
    const windows: Window[] = [];
    for (const f of a.fields) {
      if (!OUTAGE.test(f.lower)) continue;
      for (const s of f.sentences) {
        const text = f.lower.slice(s.start, s.end);
        if (!OUTAGE.test(text)) continue;
        const m = FROM_WINDOW.exec(text) ?? WINDOW.exec(text);
        const w = m === null ? undefined : windowOf(m);
        if (w !== undefined) windows.push(w);
      }
    }
    if (windows.length === 0) {
      const clash = laterBoundClash(a);
      if (clash === undefined) return [];
      const quoted = q(clash.field.text.slice(clash.start, clash.end));
      return [
        {
          span: span(clash.field.name, clash.start, clash.end),
          message: t(
            `${quoted} motsäger en senare tid i samma meddelande: mottagaren vet inte vilken tid som gäller.`,
            `${quoted} contradicts a later time in the same message: people cannot tell which time applies.`,
          ),
          suggestion: t(
            "Ge en tid, den som gäller, och säg vad som är osäkert.",
            "Give one time, the one that applies, and say what is uncertain.",
          ),
        },
      ];
    }
    for (const f of a.fields)
      for (const s of f.sentences) {
        const text = f.lower.slice(s.start, s.end);
        const r = RETURN.exec(text);
        if (r === null || MAYBE_EARLIER.test(text)) continue;
        const day = dayIndex(r[3]);
        const at = minutes(r[1], r[2]);
        const inside = windows.some((w) => {
          if (w.days !== (day !== undefined)) return false;
          if (!w.days) return at > w.start && at < w.end;
          const d = day as number;
          const startDay = Math.floor(w.start / 1440);
          const value = (d < startDay ? d + 7 : d) * 1440 + at;
          return value > w.start && value < w.end;
        });
        if (!inside) continue;
        const start = s.start + r.index;
        return [
          {
            span: span(f.name, start, start + r[0].length),
            message: t(
              `${q(f.text.slice(start, start + r[0].length))} motsäger tiden för avstängningen: mottagaren vet inte vilken tid som gäller.`,
              `${q(f.text.slice(start, start + r[0].length))} contradicts the time of the closure: people cannot tell which time applies.`,
            ),
            suggestion: t(
              "Ge en tid för när det är tillbaka, samma som i avstängningen.",
              "Give one time for the return, the same as in the closure.",
            ),
          },
        ];
      }
    return [];
  },
};
