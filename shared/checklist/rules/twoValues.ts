/**
 * FA15, twenty-fourth round: one measure given two values. "Upp till 33 grader i eftermiddag" / "Det blir som varmast
 * 28 grader", "expected to peak at 4.2m" / "A peak of 3.6m is forecast", "1,2 meter över normalnivån" / "80
 * centimeter över det normala". The reader cannot tell which to prepare for (MSB: korrekt information; CDC CERC "Be
 * right"). Values told for other days, places or moments ("i går", "earlier", "down from") are left alone.
 */
import type { FieldText, Sentence } from "../analysis.js";

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
  /(?<!\p{L})(?:i går|igår|i morgon|imorgon|tidigare|förra|var|was|were|earlier|yesterday|tomorrow|last|previous\p{L}*|från|from|down from|up from|ner från|upp från|ökat|minskat|sjunkit|stigit|fallen|risen|norr|söder|öster|väster|north\p{L}*|south\p{L}*|east\p{L}*|west\p{L}*|inland|coast\p{L}*|kust\p{L}*|inlandet|(?:mån|tis|ons|tors|fre|lör|sön)dag\p{L}*|(?:mon|tues|wednes|thurs|fri|satur|sun)day|between|mellan|–|-)(?!\p{L})/u;
const PLACE = /(?<!\p{L})(?:i|in|at|vid|på|on|för|for) (\p{Lu}[\p{L}-]+)/gu;

export interface TwoValuesClash {
  field: FieldText;
  sentence: Sentence;
  start: number;
  end: number;
  other: string;
}

export function oneMeasureTwoValues(fields: readonly FieldText[]): TwoValuesClash | null {
  for (const measure of MEASURES) {
    const told: { field: FieldText; sentence: Sentence; m: RegExpExecArray; v: number; places: Set<string> }[] = [];
    for (const field of fields)
      for (const sentence of field.sentences) {
        const text = field.lower.slice(sentence.start, sentence.end);
        const m = measure.re.exec(text);
        if (m === null || sentence.question || OTHER.test(text)) continue;
        const places = new Set(
          [...field.text.slice(sentence.start, sentence.end).matchAll(PLACE)].map((p) => (p[1] ?? "").toLowerCase()),
        );
        told.push({ field, sentence, m, v: measure.value(m), places });
      }
    for (let i = 0; i < told.length; i++)
      for (let j = i + 1; j < told.length; j++) {
        const x = told[i];
        const y = told[j];
        if (x === undefined || y === undefined) continue;
        if (Math.abs(x.v - y.v) <= Math.max(x.v, y.v) / 10) continue;
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
