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

const TIME = String.raw`(\d{1,2})[.:](\d{2})`;
const DAY = String.raw`(?:(?:on|på) )?((?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)`;
/** "kl. 10.00–14.00", "10:00-14:00", "från kl. 20.00 (på fredag) till kl. 06.00 (på måndag)", "from 20:00 on Friday until 06:00 on Monday". */
const WINDOW = new RegExp(
  String.raw`(?:(?:kl\.?|klockan) ?)?${TIME}(?: ${DAY})?(?: \d{1,2} \p{L}+)? ?(?:[–-]|till|fram till|until|to) ?(?:(?:kl\.?|klockan) ?)?${TIME}(?: ${DAY})?`,
  "u",
);
const FROM_WINDOW = new RegExp(
  String.raw`(?:från|from) (?:(?:kl\.?|klockan) ?)?${TIME}(?: ${DAY})?(?: \d{1,2} \p{L}+)?(?: \p{L}+){0,3}? (?:till|fram till|until|to) (?:(?:kl\.?|klockan) ?)?${TIME}(?: ${DAY})?`,
  "u",
);
const OUTAGE =
  /(?:avstängd|avstängt|avstängda|stängd|stängt|stängs|stängas|utan (?:vatten|ström|el|värme)|avbrott|closed|closure|shut|off|no (?:water|power|supply)|outage)/u;
const RETURN = new RegExp(
  String.raw`(?:tillbaka|åter|öppnar igen|öppnas igen|återöppna\p{L}*|reopen\p{L}*|re-open\p{L}*|restored|back on|be back|returns?)(?: \p{L}+){0,6}? (?:senast |at |by |around |omkring |cirka |ca )?(?:(?:kl\.?|klockan) ?)?${TIME}(?: (?:on |på )?${DAY})?`,
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

export const FA19: Rule = {
  id: "FA19",
  principle: "factual",
  name: "two times for one return",
  severity: "error",
  points: 40,
  repeat: 0,
  cap: 40,
  languages: ["sv", "en"],
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
    if (windows.length === 0) return [];
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
