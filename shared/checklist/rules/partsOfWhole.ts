/**
 * FA25, twenty-fourth round: a group's parts that add up to more than the group. "38 elever har insjuknat. Av dem går
 * 27 på Norrskolan och 19 på Ekbackens skola", "In total, 40 homes were damaged. Of these, 55 have major damage",
 * "120 beds … 150 of the beds": a part cannot be larger than its whole, nor the parts of one split larger together.
 * Arithmetic, not wording: the whole is a count of people or things, the parts are the numbers of the clause that
 * opens with "av dem", "varav", "of these", "of which" (or "N of the beds") in the same or the next sentence.
 */
import type { FieldText, Sentence } from "../analysis.js";

const NUMBER = String.raw`(\d{1,3}(?:[ \u00a0\u202f,]\d{3})+|\d+)`;
const NOUN_SV = String.raw`(hushåll[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|kund[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|abonnent[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|person[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|lägenhet[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|fastighet[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|hus(?:en)?|elev[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|boende|barn(?:en)?|patient[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|bäddar(?:na)?|platser(?:na)?|sängar(?:na)?|fordon(?:en)?|bilar(?:na)?|skolor(?:na)?|företag(?:en)?|fall(?:en)?|villor(?:na)?|bostäder(?:na)?|hem(?:men)?)`;
const NOUN_EN = String.raw`(households?|homes?|houses?|customers?|properties|property|people|persons?|residents?|pupils?|students?|children|patients?|beds?|places|spaces|vehicles?|cars?|schools?|businesses|cases?|premises|dwellings?|buildings?|flats?|apartments?)`;

/** A whole: "38 elever", "40 homes", "120 beds" (one adjective may stand between: "85 berörda fastigheter"). */
const WHOLE: Record<"sv" | "en", RegExp> = {
  sv: new RegExp(
    String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ\d.,:–-])${NUMBER} (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?${NOUN_SV}(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
    "gu",
  ),
  en: new RegExp(
    String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ\d.,:–-])${NUMBER} (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?${NOUN_EN}(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
    "gu",
  ),
};
/** The split of the whole just named: "av dem", "av dessa", "varav", "of these", "of them", "of which", "of whom". */
const SPLIT: Record<"sv" | "en", RegExp> = {
  sv: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:av (?:dem|dessa)|varav)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
  en: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])of (?:these|them|those|which|whom)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
};
/** "150 of the beds", "27 av eleverna": a part named with the whole's own noun. */
const PART_OF: Record<"sv" | "en", RegExp> = {
  // Definite: "27 av eleverna", "150 av de bokade platserna"; not "88 000 av Vattenfalls kunder" (all its customers).
  sv: new RegExp(
    String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ\d.,:–-])${NUMBER} av (?:de (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?)?(?=[A-Za-zªµºÀ-ÖØ-öø-ɏ]+(?:na|en)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ]))${NOUN_SV}(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
    "gu",
  ),
  en: new RegExp(
    String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ\d.,:–-])${NUMBER} of (?:the|these|those) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?${NOUN_EN}(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?! (?:that|which|who|whose)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ]))`,
    "gu",
  ),
};
/** A number that is no count: a time, a date, a share, a measure, an address, a range or a year. */
const NOT_A_COUNT_AFTER =
  /^(?:[.:,]\d|\s?(?:%|procent|percent|per cent|kl|km|m(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|meter|metres?|meters?|mil|år|years?|timm[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|hours?|minut[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|minutes?|dag[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|days?|veck[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|weeks?|kr|kronor|£|\$|°|grader|degrees|liter|litres?|liters?|mm|cm|ton|tonnes?|jan[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|feb[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|mar[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|apr[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|maj|may|jun[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|jul[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|aug[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|sep[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|okt[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|oct[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|nov[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|dec[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|am|pm|a\.m|p\.m)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|\s?[–-]\s?\d)/u;
const NOT_A_COUNT_BEFORE =
  /(?:(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:kl\.?|klockan|nr|nummer|no\.?|number|route|väg|linje|line|bus|buss|at|by|from|until|till|sedan|since|år|year|years|in|i|den|the|on|på|aged|age|ages|over|under|above|below|than|än|åldern|årskurs|åk|klass|grade|tel|telefon|phone|call|ring|ward|wards|avdelning|zone|zon|bay|flat|block|hus|house|nummer|gate|plan|floor|våning)|(?:vägen|gatan|road|street|lane|avenue)|\d[–-])\s$/u;
const A_COUNT = /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ\d.,:–-])(\d{1,3}(?:[ \u00a0\u202f,]\d{3})+|\d+)(?![\dA-Za-zªµºÀ-ÖØ-öø-ɏ])/gu;

const value = (n: string) => Number(n.replace(/[ \u00a0\u202f,]/gu, ""));
const stem = (noun: string) => noun.slice(0, 4);

/** The counts of a clause: numbers that are not times, dates, measures, shares, addresses or years. */
/** A count of something else ("24 bottles", "its 240 pupils" beside a whole of homes or schools) is no part of it. */
const OTHER_COUNT = new RegExp(
  String.raw`^ (?:${NOUN_SV.slice(1, -1)}|${NOUN_EN.slice(1, -1)}|bottles?|flaskor|liter|litres?|bags?|säckar)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
  "u",
);
function countsIn(text: string, wholeNoun = ""): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(A_COUNT)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    const before = text.slice(Math.max(0, m.index - 10), m.index);
    const n = value(m[1] ?? "");
    if (NOT_A_COUNT_AFTER.test(after) || NOT_A_COUNT_BEFORE.test(before)) continue;
    if (n >= 1900 && n <= 2100) continue;
    const counted = OTHER_COUNT.exec(after + text.slice(m.index + m[0].length + 12, m.index + m[0].length + 40));
    if (
      counted !== null &&
      wholeNoun !== "" &&
      !counted[0]
        .trim()
        .split(" ")
        .some((w) => w.slice(0, 4) === wholeNoun)
    )
      continue;
    // One group of a telephone number ("0300 123 4567"), or a number written with a leading zero.
    if (/^0\d/u.test(m[1] ?? "") || /^\s\d/u.test(after) || /\d\s$/u.test(before)) continue;
    out.push(n);
  }
  return out;
}

export interface PartsClash {
  field: FieldText;
  start: number;
  end: number;
  whole: number;
  parts: number;
}

/** The sentence holding a position, and the one after it. */
function sentenceAt(field: FieldText, at: number): Sentence | undefined {
  return field.sentences.find((s) => s.start <= at && at < s.end);
}

/** A whole counted, and its parts told larger than it. */
export function partsExceedWhole(field: FieldText, language: "sv" | "en"): PartsClash | null {
  const text = field.lower;
  const wholes = [...text.matchAll(WHOLE[language])].map((m) => ({
    at: m.index,
    end: m.index + m[0].length,
    n: value(m[1] ?? ""),
    noun: stem(m[2] ?? ""),
  }));
  if (wholes.length === 0) return null;
  // "Av dem …": the split of the nearest whole before it, in the same or the next sentence.
  const split = SPLIT[language];
  for (const s of field.sentences) {
    const sentence = text.slice(s.start, s.end);
    const m = split.exec(sentence);
    if (m === null) continue;
    const at = s.start + m.index;
    const whole = wholes.filter((w) => w.end <= at).at(-1);
    if (whole === undefined) continue;
    const wholeSentence = sentenceAt(field, whole.at);
    if (wholeSentence === undefined || s.index - wholeSentence.index > 1) continue;
    // Another figure between the whole and the split ("2 care homes … 140 staff and residents. Of these, 23"): the
    // split may be of that one.
    if (/\d/u.test(text.slice(whole.end, at))) continue;
    const parts = countsIn(text.slice(at + m[0].length, s.end), whole.noun);
    if (parts.length === 0) continue;
    const sum = parts.reduce((x, y) => x + y, 0);
    if (sum > whole.n) return { field, start: at, end: s.end, whole: whole.n, parts: sum };
  }
  // "150 of the beds": a part named with the whole's noun, larger than the whole told before it.
  for (const m of text.matchAll(PART_OF[language])) {
    const n = value(m[1] ?? "");
    const noun = stem(m[2] ?? "");
    const whole = wholes.filter((w) => w.end <= m.index && w.noun === noun).at(-1);
    const partSentence = sentenceAt(field, m.index);
    const wholeSentence = whole && sentenceAt(field, whole.at);
    if (partSentence === undefined || wholeSentence === undefined || partSentence.index - wholeSentence.index > 1)
      continue;
    if (whole !== undefined && n > whole.n) {
      return { field, start: m.index, end: m.index + m[0].length, whole: whole.n, parts: n };
    }
  }
  return null;
}
