/**
 * FA15, twenty-fourth round: the headline lifts an order the text keeps ("Evacuation order lifted for Creekside" /
 * "The evacuation order for the Creekside area … remains in place"; "Eldningsförbudet hävs" / "Eldningsförbudet
 * gäller fortfarande"). Many read only the headline, in a feed or a push notice, and act on it. A text that keeps the
 * order for another place than the headline names ("… still in effect for New Orleans East") is a partial lifting.
 */
import type { FieldText, Sentence } from "../analysis.js";
import { keepsDatedUpdates, placesNamed } from "./scope.js";

/** The order or notice: its kind word, compared by its first letters. */
const ORDER =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(order|advisory|notice|warning|ban|restrictions?|evacuation|closure|lockdown|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*förbud[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*rekommendation[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*varning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|evakuering[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|avstängning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|uppmaning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|restriktion[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** "Until further notice" names no notice. */
const FURTHER_NOTICE = /further notice/gu;
const LIFTED =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:lifted|cancel(?:l)?ed|rescinded|withdrawn|called off|hävs|hävd|hävt|hävts|upphävs|upphävd|upphör|avblåst|avblåses|tas bort|är borttagen|slopas)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const STILL =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:remains?|stays?) (?:in place|in effect|in force|active)|(?:is|are) still (?:in place|in effect|in force|active)|still (?:applies|apply|stands)|continues? to apply|gäller (?:fortfarande|fortsatt|tills vidare|än så länge)|kvarstår|är fortsatt i kraft|ligger kvar)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** "Lifted for some consumers", "Evacuation order lifted for select areas": the headline itself says in part. */
const IN_PART =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:some|select(?:ed)?|parts? of|partially|partly|certain|most|delvis|vissa|del av|delar av)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** The text keeps it for a part ("However, the notice remains in place on the second section of mains"). */
const FOR_A_PART =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:however|but|dock|men|section|part|parts|remaining|rest|övriga|resterande|delen|del|delar|except|utom)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** A lifting still to come ("lifted from midnight tonight" / "Until then the ban remains in place"). */
const LATER =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:from|från och med|fr\.o\.m\.|until then|till dess|tills dess|fram till dess|tonight|i kväll|i natt|at midnight|vid midnatt|tomorrow|i morgon)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

const stem = (w: string) =>
  w.replace(/^[A-Za-zªµºÀ-ÖØ-öø-ɏ]*?(förbud|rekommendation|varning|restriktion)/u, "$1").slice(0, 6);
/** The order with what kind it is: a compound's first part, or the word before ("eldnings", "heavy rain"). */
function modifierOf(text: string, match: RegExpMatchArray): string {
  const word = match[1] ?? "";
  const prefix = /^([A-Za-zªµºÀ-ÖØ-öø-ɏ]*?)(?:s)?(?:förbud|rekommendation|varning|restriktion)/u.exec(word)?.[1] ?? "";
  if (prefix !== "") return prefix.slice(0, 5);
  // "varningen för brandrisk", "förbudet mot engångsgrillar".
  const of = /^[A-Za-zªµºÀ-ÖØ-öø-ɏ]* (?:för|mot) ([A-Za-zªµºÀ-ÖØ-öø-ɏ]{4,})/u.exec(text.slice(match.index ?? 0));
  if (of !== null) return (of[1] ?? "").slice(0, 5);
  const before = /([A-Za-zªµºÀ-ÖØ-öø-ɏ]+) $/u.exec(text.slice(0, match.index ?? 0))?.[1] ?? "";
  return ["the", "this", "that", "a", "an", "our", "its", "den", "det", "denna", "detta", "the"].includes(before) ||
    before.length < 3
    ? ""
    : before.slice(0, 5);
}
/** Two orders of one kind, told apart by what they are for ("heavy rain warning" / "strong wind warning"). */
function sameOrder(oneText: string, one: RegExpMatchArray, twoText: string, two: RegExpMatchArray): boolean {
  if (stem(one[1] ?? "") !== stem(two[1] ?? "")) return false;
  const a = modifierOf(oneText, one);
  const b = modifierOf(twoText, two);
  return a === "" || b === "" || a === b;
}

/** Whether two sentences name two different orders ("evacuation order" / "road closure", "rain" / "wind warning"). */
export function otherOrders(one: string, two: string): boolean {
  const a = [...one.replace(FURTHER_NOTICE, "").matchAll(new RegExp(ORDER.source, "gu"))].at(-1);
  const b = [...two.replace(FURTHER_NOTICE, "").matchAll(new RegExp(ORDER.source, "gu"))].at(-1);
  return a !== undefined && b !== undefined && !sameOrder(one, a, two, b);
}

export interface HeadlineClash {
  body: FieldText;
  sentence: Sentence;
  start: number;
  end: number;
  title: string;
}

export function headlineLiftsWhatTextKeeps(title: FieldText, body: FieldText): HeadlineClash | null {
  const t = title.lower;
  // The head noun is the last kind word: "evacuation order" is an order, "evacuation warning" a warning.
  const order = [...t.matchAll(new RegExp(ORDER.source, "gu"))].at(-1);
  if (order === undefined || !LIFTED.test(t) || STILL.test(t) || IN_PART.test(t) || LATER.test(t)) return null;
  if (keepsDatedUpdates([body])) return null;
  const titlePlaces = new Set(placesNamed(title.text));
  for (const s of body.sentences) {
    const text = body.lower.slice(s.start, s.end);
    const still = STILL.exec(text);
    const bodyOrder = [...text.replace(FURTHER_NOTICE, "").matchAll(new RegExp(ORDER.source, "gu"))].at(-1) ?? null;
    if (still === null || bodyOrder === null || !sameOrder(t, order, text, bodyOrder) || FOR_A_PART.test(text))
      continue;
    if (LATER.test(text)) continue;
    // Kept for another place than the headline's: a partial lifting, not a contradiction.
    const places = placesNamed(body.text.slice(s.start, s.end));
    if (places.some((p) => !titlePlaces.has(p))) continue;
    const start = s.start + still.index;
    return { body, sentence: s, start, end: start + still[0].length, title: title.text.trim() };
  }
  return null;
}
