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
    re: /(?<!\p{L})(?:upp till|som varmast|högsta temperatur\p{L}*(?: \p{L}+)?|maxtemperatur\p{L}*(?: \p{L}+)?|dagstemperatur\p{L}* (?:på|runt|kring|omkring)|temperatur\p{L}* (?:på|runt|kring|omkring) upp mot|reach(?:ing)?|top of|high of|highs of|up to|maximum of|peak(?:ing)? at) (?:cirka |ca |about |around |omkring |runt |kring )?(\d{1,2}(?:[.,]\d)?) ?(?:grader|°c|°|degrees)(?!\p{L})/u,
    value: (m) => num(m[1]),
  },
  {
    // A river's or lake's forecast peak.
    re: /(?<!\p{L})(?:peak(?:ing)? (?:at|of)|a peak of|crest(?:ing)? at|kulmen(?: \p{L}+){0,2}? på|högsta nivå\p{L}*(?: \p{L}+){0,2}? på) (?:about |around |cirka |ca )?(\d{1,2}(?:[.,]\d{1,2})?) ?(m|meter|metres?|meters|cm|centimeter)(?!\p{L})/u,
    value: (m) => num(m[1]) * ((m[2] ?? "").startsWith("c") ? 1 : 100),
  },
  {
    // A level above normal.
    re: /(?<![\p{L}\d])(\d{1,3}(?:[.,]\d{1,2})?) ?(m|meter|metres?|meters|cm|centimeter) (?:över|above) (?:\p{L}+ ){0,3}?(?:normal\p{L}*|det normala|medelvattenstånd\p{L}*|usual)(?!\p{L})/u,
    value: (m) => num(m[1]) * ((m[2] ?? "").startsWith("c") ? 1 : 100),
  },
];
/** Another moment, day, place or a range: "i går", "earlier", "down from", "on Friday", "i norr". */
const OTHER =
  /(?<!\p{L})(?:car|cars|bil|bilen|bilar|vehicle\p{L}*|surface\p{L}*|yta|ytan|grundvatt\p{L}*|groundwater|feels? like|känns som|upplev\p{L}*|badvatt\p{L}*|vattentemperatur\p{L}*|water temperature\p{L}*|sea temperature\p{L}*|indoor\p{L}*|inomhus|inne|if|om|lowered|raised|sänkt|höjt|revised|reviderad\p{L}*|no longer|inte längre|this morning's|morning's|i morse|i går|igår|i morgon|imorgon|tidigare|förra|var|was|were|earlier|yesterday|tomorrow|last|previous\p{L}*|från|from|down from|up from|ner från|upp från|ökat|minskat|sjunkit|stigit|fallen|risen|norr|söder|öster|väster|north\p{L}*|south\p{L}*|east\p{L}*|west\p{L}*|inland|coast\p{L}*|kust\p{L}*|inlandet|between|mellan|–|-)(?!\p{L})/u;
/** Places: capitalised words after a preposition, and names standing first ("Sydney CBD …", "Vänern ligger …"). */
const NAME =
  /(?<![\p{L}.!?]\s?)(?<!^)\p{Lu}[\p{L}-]+|^\p{Lu}[\p{L}-]+(?= (?:\p{Lu}|and|och|ligger|is|are|could|can|kan|will|har|has))/gu;
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
  /(?<!\p{L})(?:(?:mån|tis|ons|tors|fre|lör|sön)dag|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?!\p{L})/u;
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
  /(?<!\p{L})(?:inom|within|in a radius of|i en radie (?:av|på)) (?:cirka |ca |about |around )?(\d{1,4}(?:[.,]\d)?) ?(m|meter|metres?|meters|km|kilometer|kilometres?|kilometers?|miles?)(?!\p{L})/u;
/** What the zone's people are told: go in, or leave. */
const ACTIONS: readonly RegExp[] = [
  /(?<!\p{L})(?:gå inomhus|gå in|stanna inne|stanna inomhus|håll dig inomhus|håll er inomhus|go indoors|go inside|stay indoors|stay inside|shelter[- ]in[- ]place)(?!\p{L})/u,
  /(?<!\p{L})(?:lämna|utrym\p{L}*|evakuer\p{L}*|leave|evacuat\p{L}*|move out)(?!\p{L})/u,
];
/** The zone changed: "now extended to 2 km", "tidigare 300 meter". */
const ZONE_CHANGED =
  /(?<!\p{L})(?:also|också|även|if|om|may|could|kan|might|people with|de med|du som har|utökat|utökas|utvidgat|extended|expanded|widened|increased|minskat|reduced|tidigare|earlier|previously|was|var)(?!\p{L})/u;
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
