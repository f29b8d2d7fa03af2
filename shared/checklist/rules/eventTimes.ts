/**
 * FA15, twenty-fourth round: one event given two times in one message. "Vattnet i Sörby beräknas vara tillbaka kl.
 * 18.00 i dag" / "Vi släpper på vattnet igen runt kl. 21.00", "We expect to reopen the road at 6am on Thursday 12 March"
 * / "The closure will remain in place until 6am on Friday 13 March", "The deadline is Friday 18 December" /
 * "Applications must reach us by Friday 11 December". People plan by one of them (MSB: korrekt information; CDC CERC
 * "Be right"). Times told as a change ("nu", "new", "delayed"), as bounds ("tidigast", "at the latest"), for a part
 * ("de flesta", "remaining", "staff") or a case ("om", "if"), and times of places named differently, are left alone;
 * so is a page that keeps its dated updates.
 */
import type { FieldText, Sentence } from "../analysis.js";
import { keepsDatedUpdates, placesNamed } from "./scope.js";

/** The events, each as the words that tell it (a closure "until" a time tells the reopening). */
const EVENTS: readonly RegExp[] = [
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:vattnet|dricksvattnet|vatten|water|supply|supplies) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,5}?(?:tillbaka|åter|back|restored|to return|will return|returns)|släpper på vattnet|(?:restore|turn) (?:the )?(?:water|supply)(?: back)? on)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:strömmen|elen|power|electricity) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,5}?(?:tillbaka|åter|back|restored)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:öppnar|öppnas) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?igen|återöppn[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|re-?open[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|open again|välkomna tillbaka|welcome back|(?:remain|stay|be) (?:closed|shut|in place) until|(?:stängd|stängt|stängda|avstängd|avstängt) (?:till|fram till|tills))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:deadline|closing date|sista (?:ansöknings)?dag(?:en)?|(?:must|should) reach us by|no later than)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
  // Twenty-seventh round (probes written from the guidance): one meeting given two days ("Informationsmötet hålls
  // tisdag 15 december" / "Välkommen till informationsmötet onsdag 16 december").
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:informationsmöte(?:t)?|allmänt möte|allmänna mötet|pressträff(?:en)?|presskonferens(?:en)?|public meeting|community meeting|information (?:session|evening|meeting)|drop-in session|press conference)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
];
const MONTHS = ["jan", "feb", "mar", "apr", "ma", "jun", "jul", "aug", "sep", "o", "nov", "dec"];
const DATE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ\d])(\d{1,2})(?:st|nd|rd|th)? (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const WEEKDAY =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(mån|tis|ons|tors|fre|lör|sön|mon|tues|wednes|thurs|fri|satur|sun)dag(?:en)?|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(mon|tues|wednes|thurs|fri|satur|sun)day(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const CLOCK =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ\d])(?:(?:kl\.?|klockan) ?(\d{1,2})(?:[.:](\d{2}))?|(\d{1,2})[.:](\d{2})(?! ?(?:am|pm|a\.m|p\.m))|(\d{1,2})(?:[.:](\d{2}))? ?(am|pm|a\.m\.?|p\.m\.?))(?![\d])/u;
/** Told as a change, a bound, a part or a case: no second answer to the same question. */
const NOT_THE_SAME =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:nu|now|ny|nytt|nya|new|revised|reviderad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|istället|instead|försen[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|delay[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|tidigare|earlier|previously|förra|förläng[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|extended|tidigast|earliest|senast|latest|eller|or|mellan|between|från|from|de flesta|most|some|vissa|rest|remaining|övriga|resten|first|första|andra|second|del|delar|part|parts|etapp|phase|steg|customers in|customers on|customers with|kunder i|kunder på|boende i|boende på|those in|those on|high-rise|höghus|personal|personalen|staff|lärare|teachers|other|others|andra|was|were|fick|fått|har fått|om|if|unless|kanske|maybe|possibly|möjligen|hoppas|hope|upprepas|repeated|extra|additional)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** Roads and directions named without a preposition ("Bridge Street …", "The northbound carriageway …"). */
const ROAD =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:\p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ (?:Street|Road|Lane|Avenue|Way|Bridge|Hill)|\p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ]*(?:gatan|vägen|bron|leden)|[A-Z]\d{1,4})(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:north|south|east|west)bound|(?:norr|söder|öster|väster)gående/gu;
/** Words of the events and their times: no sign that two sentences speak of the same thing. */
const COMMON = new Set([
  "vattnet",
  "water",
  "supply",
  "power",
  "strömmen",
  "elen",
  "reopen",
  "reopens",
  "öppnar",
  "öppnas",
  "igen",
  "again",
  "closed",
  "stängd",
  "stängt",
  "until",
  "tills",
  "beräknas",
  "expect",
  "expected",
  "will",
  "kommer",
  "tillbaka",
  "back",
  "restored",
  "deadline",
  "welcome",
  "välkomna",
  "about",
  "around",
  "omkring",
  "cirka",
  "runt",
  "today",
  "tonight",
]);
/** Short words that say nothing of what an event is about. */
const SHORT = new Set([
  "will",
  "vara",
  "that",
  "this",
  "with",
  "från",
  "have",
  "been",
  "över",
  "also",
  "then",
  "igen",
  "ännu",
  "även",
  "just",
  "most",
  "some",
  "them",
  "they",
  "your",
  "våra",
  "vårt",
  "efter",
  "after",
  "when",
  "into",
]);
/**
 * What the event is about: the content words before it in its sentence ("The library reopens", "Simhallen öppnar"),
 * and for a deadline what it is for ("the deadline for hardship grant applications").
 */
function topicOf(text: string, at: number, length: number): Set<string> {
  // The subject's head, not what it stands in or at ("The café in the library" is about the café).
  const lead = text
    .slice(0, at)
    .replace(/(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:in|at|i|på|vid|inside|within) (?:the )?[A-Za-zªµºÀ-ÖØ-öø-ɏ\s]*$/u, "");
  const before = lead.split(/[^A-Za-zªµºÀ-ÖØ-öø-ɏ]+/u).slice(-4);
  const after = /^(?:for|för) ((?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ?){1,4})/u.exec(text.slice(at + length).trimStart())?.[1] ?? "";
  return new Set(
    [...before, ...after.split(" ")]
      .filter((w) => w.length >= 4 && !COMMON.has(w) && !SHORT.has(w) && !WEEKDAY.test(w) && !DATE.test(`1 ${w}`))
      .map((w) => w.slice(0, 5)),
  );
}

interface When {
  date?: string;
  weekday?: string;
  clock?: number;
}

function whenOf(text: string): When | null {
  const when: When = {};
  const d = DATE.exec(text);
  if (d !== null) {
    const month = d[2] ?? "";
    when.date = `${Number(d[1])} ${MONTHS.findIndex((m) => month.startsWith(m))}`;
  }
  const w = WEEKDAY.exec(text);
  if (w !== null) when.weekday = (w[1] ?? w[2] ?? "").slice(0, 3);
  const c = CLOCK.exec(text);
  if (c !== null) {
    let hour = Number(c[1] ?? c[3] ?? c[5]);
    const minute = Number(c[2] ?? c[4] ?? c[6] ?? 0);
    const half = (c[7] ?? "").startsWith("p");
    if (half && hour < 12) hour += 12;
    if ((c[7] ?? "").startsWith("a") && hour === 12) hour = 0;
    when.clock = hour * 60 + minute;
  }
  return when.date === undefined && when.weekday === undefined && when.clock === undefined ? null : when;
}

/** Two times that cannot both be the event's: other dates, other weekdays, or hours apart on a day not told apart. */
function differ(x: When, y: When): boolean {
  if (x.date !== undefined && y.date !== undefined) return x.date !== y.date;
  if (x.weekday !== undefined && y.weekday !== undefined && x.weekday !== y.weekday) return true;
  const sameDay =
    (x.date === undefined && y.date === undefined && (x.weekday === undefined || y.weekday === undefined)) ||
    (x.weekday !== undefined && x.weekday === y.weekday);
  return sameDay && x.clock !== undefined && y.clock !== undefined && Math.abs(x.clock - y.clock) >= 60;
}

export interface EventTimesClash {
  field: FieldText;
  sentence: Sentence;
  start: number;
  end: number;
  other: string;
}

export function twoTimesForOneEvent(fields: readonly FieldText[]): EventTimesClash | null {
  // Most texts tell none of these events at all: one scan of each field before any sentence is looked at.
  const events = EVENTS.map((re) => fields.some((f) => re.test(f.lower)));
  if (!events.some(Boolean)) return null;
  if (keepsDatedUpdates(fields)) return null;
  const told: {
    field: FieldText;
    sentence: Sentence;
    event: number;
    when: When;
    places: Set<string>;
    roads: Set<string>;
    topic: Set<string>;
    forWhat: string;
  }[] = [];
  for (const field of fields)
    for (const sentence of field.sentences) {
      if (sentence.question) continue;
      const text = field.lower.slice(sentence.start, sentence.end);
      const event = EVENTS.findIndex((re, i) => events[i] === true && re.test(text));
      if (event < 0 || NOT_THE_SAME.test(text)) continue;
      const hit = (EVENTS[event] as RegExp).exec(text);
      const when = whenOf(text);
      if (when === null) continue;
      const places = new Set(
        placesNamed(field.text.slice(sentence.start, sentence.end)).filter(
          (w) => !WEEKDAY.test(w) && !DATE.test(`1 ${w}`),
        ),
      );
      const original = field.text.slice(sentence.start, sentence.end);
      const roads = new Set([...original.matchAll(ROAD)].map((m) => m[0].toLowerCase()));
      told.push({
        field,
        sentence,
        event,
        when,
        places,
        roads,
        topic: topicOf(text, hit?.index ?? 0, hit?.[0].length ?? 0),
        forWhat:
          /(?:for|för) ((?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ?){1,4})/u
            .exec(text.slice((hit?.index ?? 0) + (hit?.[0].length ?? 0)))?.[1]
            ?.trim() ?? "",
      });
    }
  for (let i = 0; i < told.length; i++)
    for (let j = i + 1; j < told.length; j++) {
      const x = told[i];
      const y = told[j];
      if (x === undefined || y === undefined || x.event !== y.event || !differ(x.when, y.when)) continue;
      // Two places named, none in common: each its own time.
      if (x.places.size > 0 && y.places.size > 0 && ![...x.places].some((p) => y.places.has(p))) continue;
      if (x.roads.size > 0 && y.roads.size > 0 && ![...x.roads].some((p) => y.roads.has(p))) continue;
      // Two deadlines for two things ("for secondary school applications" / "for primary school applications").
      if (x.forWhat !== "" && y.forWhat !== "" && x.forWhat !== y.forWhat) continue;
      // Each sentence about something of its own ("The library reopens …" / "The leisure centre will reopen …").
      if (x.topic.size > 0 && y.topic.size > 0 && ![...x.topic].some((w) => y.topic.has(w))) continue;
      const start = y.sentence.start;
      return {
        field: y.field,
        sentence: y.sentence,
        start,
        end: y.sentence.end,
        other: x.field.text.slice(x.sentence.start, x.sentence.end).trim(),
      };
    }
  return null;
}
