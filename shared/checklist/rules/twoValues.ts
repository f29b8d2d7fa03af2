/**
 * FA15, twenty-fourth round: one measure given two values. "Upp till 33 grader i eftermiddag" / "Det blir som varmast
 * 28 grader", "expected to peak at 4.2m" / "A peak of 3.6m is forecast", "1,2 meter över normalnivån" / "80
 * centimeter över det normala". The reader cannot tell which to prepare for (MSB: korrekt information; CDC CERC "Be
 * right"). Values told for other days, places or moments ("i går", "earlier", "down from") are left alone.
 */
import type { FieldText, Sentence } from "../analysis.js";
import { placesNamed } from "./scope.js";

interface Measure {
  re: RegExp;
  /** The value in one unit from the match's number and unit groups. */
  value(m: RegExpExecArray): number;
}

const num = (s: string | undefined) => Number((s ?? "").replace(",", "."));

const MEASURES: readonly Measure[] = [
  {
    // The day's highest temperature.
    re: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:upp till|som varmast|högsta temperatur[A-Za-zªµºÀ-ÖØ-öø-ɏ]*(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+)?|maxtemperatur[A-Za-zªµºÀ-ÖØ-öø-ɏ]*(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+)?|dagstemperatur[A-Za-zªµºÀ-ÖØ-öø-ɏ]* (?:på|runt|kring|omkring)|temperatur[A-Za-zªµºÀ-ÖØ-öø-ɏ]* (?:på|runt|kring|omkring) upp mot|reach(?:ing)?|top of|high of|highs of|up to|maximum of|peak(?:ing)? at) (?:cirka |ca |about |around |omkring |runt |kring )?(\d{1,2}(?:[.,]\d)?) ?(?:grader|°c|°|degrees)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
    value: (m) => num(m[1]),
  },
  {
    // A river's or lake's forecast peak.
    re: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:peak(?:ing)? (?:at|of)|a peak of|crest(?:ing)? at|kulmen(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,2}? på|högsta nivå[A-Za-zªµºÀ-ÖØ-öø-ɏ]*(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,2}? på) (?:about |around |cirka |ca )?(\d{1,2}(?:[.,]\d{1,2})?) ?(m|meter|metres?|meters|cm|centimeter)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
    value: (m) => num(m[1]) * ((m[2] ?? "").startsWith("c") ? 1 : 100),
  },
  {
    // A level above normal.
    re: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ\d])(\d{1,3}(?:[.,]\d{1,2})?) ?(m|meter|metres?|meters|cm|centimeter) (?:över|above) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:normal[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|det normala|medelvattenstånd[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|usual)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
    value: (m) => num(m[1]) * ((m[2] ?? "").startsWith("c") ? 1 : 100),
  },
];
/** Another moment, day, place or a range: "i går", "earlier", "down from", "on Friday", "i norr". */
const OTHER =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:car|cars|bil|bilen|bilar|vehicle[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|surface[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|yta|ytan|grundvatt[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|groundwater|feels? like|känns som|upplev[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|badvatt[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|vattentemperatur[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|water temperature[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|sea temperature[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|indoor[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|inomhus|inne|if|om|lowered|raised|sänkt|höjt|revised|reviderad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|no longer|inte längre|this morning's|morning's|i morse|i går|igår|i morgon|imorgon|tidigare|förra|var|was|were|earlier|yesterday|tomorrow|last|previous[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|från|from|down from|up from|ner från|upp från|ökat|minskat|sjunkit|stigit|fallen|risen|norr|söder|öster|väster|north[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|south[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|east[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|west[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|inland|coast[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|kust[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|inlandet|between|mellan|–|-)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** Places: capitalised words after a preposition, and names standing first ("Sydney CBD …", "Vänern ligger …"). */
const NAME =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ.!?]\s?)(?<!^)\p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ-]+|^\p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ-]+(?= (?:\p{Lu}|and|och|ligger|is|are|could|can|kan|will|har|has))/gu;
const NOT_A_NAME = new Set([
  "the",
  "det",
  "den",
  "vi",
  "we",
  "it",
  "temperatures",
  "temperaturen",
  "temperaturer",
  "at",
  "in",
  "i",
  "på",
  "vid",
  "on",
  "for",
  "för",
]);

const WEEKDAY =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:mån|tis|ons|tors|fre|lör|sön)dag|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** The weekday a sentence names, or "" ("on Friday" in both is the same time; Friday and Saturday are two). */
const dayIn = (s: Sentence, f: FieldText) => WEEKDAY.exec(f.lower.slice(s.start, s.end))?.[0] ?? "";

export interface TwoValuesClash {
  field: FieldText;
  sentence: Sentence;
  start: number;
  end: number;
  other: string;
}

export function oneMeasureTwoValues(fields: readonly FieldText[]): TwoValuesClash | null {
  for (const measure of MEASURES) {
    if (!fields.some((f) => measure.re.test(f.lower))) continue;
    const told: { field: FieldText; sentence: Sentence; m: RegExpExecArray; v: number; places: Set<string> }[] = [];
    for (const field of fields)
      for (const sentence of field.sentences) {
        const text = field.lower.slice(sentence.start, sentence.end);
        const m = measure.re.exec(text);
        if (m === null || sentence.question || OTHER.test(text)) continue;
        const original = field.text.slice(sentence.start, sentence.end);
        const places = new Set(
          [
            ...placesNamed(original).filter(
              (w) => !WEEKDAY.test(w) && !/^(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)/u.test(w),
            ),
            ...[...original.matchAll(NAME)].map((p) => p[0].toLowerCase()),
          ].filter((w) => !NOT_A_NAME.has(w)),
        );
        told.push({ field, sentence, m, v: measure.value(m), places });
      }
    for (let i = 0; i < told.length; i++)
      for (let j = i + 1; j < told.length; j++) {
        const x = told[i];
        const y = told[j];
        if (x === undefined || y === undefined) continue;
        if (Math.abs(x.v - y.v) <= Math.max(x.v, y.v) / 10) continue;
        if (dayIn(x.sentence, x.field) !== dayIn(y.sentence, y.field)) continue;
        if (x.places.size > 0 && y.places.size > 0 && ![...x.places].some((p) => y.places.has(p))) continue;
        const start = y.sentence.start + y.m.index;
        return {
          field: y.field,
          sentence: y.sentence,
          start,
          end: start + y.m[0].length,
          other: x.field.text.slice(x.sentence.start, x.sentence.end).trim(),
        };
      }
  }
  return null;
}

/** A zone by its radius: "inom 300 meter", "within 2 kilometres", "within 1 mile". */
const RADIUS =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:inom|within|in a radius of|i en radie (?:av|på)) (?:cirka |ca |about |around )?(\d{1,4}(?:[.,]\d)?) ?(m|meter|metres?|meters|km|kilometer|kilometres?|kilometers?|miles?)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** What the zone's people are told: go in, or leave. */
const ACTIONS: readonly RegExp[] = [
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:gå inomhus|gå in|stanna inne|stanna inomhus|håll dig inomhus|håll er inomhus|go indoors|go inside|stay indoors|stay inside|shelter[- ]in[- ]place)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:lämna|utrym[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|evakuer[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|leave|evacuat[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|move out)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
];
/** The zone changed: "now extended to 2 km", "tidigare 300 meter". */
const ZONE_CHANGED =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:also|också|även|if|om|may|could|kan|might|people with|de med|du som har|utökat|utökas|utvidgat|extended|expanded|widened|increased|minskat|reduced|tidigare|earlier|previously|was|var)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const metres = (m: RegExpExecArray) => {
  const unit = m[2] ?? "";
  const n = num(m[1]);
  return unit.startsWith("mile") ? n * 1609 : unit.startsWith("k") ? n * 1000 : n;
};

/** One action told for two zones of different size ("within 1 mile: go indoors" / "shelter in place within 5 miles"). */
export function oneZoneTwoRadii(fields: readonly FieldText[]): TwoValuesClash | null {
  if (!fields.some((f) => RADIUS.test(f.lower))) return null;
  const told: { field: FieldText; sentence: Sentence; m: RegExpExecArray; metres: number; action: number }[] = [];
  for (const field of fields)
    for (const sentence of field.sentences) {
      const text = field.lower.slice(sentence.start, sentence.end);
      const m = RADIUS.exec(text);
      if (m === null || sentence.question || ZONE_CHANGED.test(text)) continue;
      const actions = ACTIONS.map((re, i) => (re.test(text) ? i : -1)).filter((i) => i >= 0);
      if (actions.length !== 1) continue;
      told.push({ field, sentence, m, metres: metres(m), action: actions[0] as number });
    }
  for (let i = 0; i < told.length; i++)
    for (let j = i + 1; j < told.length; j++) {
      const x = told[i];
      const y = told[j];
      if (x === undefined || y === undefined || x.action !== y.action) continue;
      if (Math.max(x.metres, y.metres) < 1.5 * Math.min(x.metres, y.metres)) continue;
      const start = y.sentence.start + y.m.index;
      return {
        field: y.field,
        sentence: y.sentence,
        start,
        end: start + y.m[0].length,
        other: x.field.text.slice(x.sentence.start, x.sentence.end).trim(),
      };
    }
  return null;
}
