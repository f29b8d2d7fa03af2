/**
 * FA25: one group counted twice, differently. "Just nu är cirka 1 200 hushåll utan ström … de flesta av de 900
 * drabbade hushållen har strömmen tillbaka under kvällen", "About 400 homes have no water … the 250 affected homes": a
 * figure taken back with "de/the" names the same group, so two numbers cannot both be right (MSB: saklig; CDC CERC
 * "Be right": one set of figures). A part of the group ("300 av de 1 200 hushållen") names the group's own figure, and
 * counts at two moments ("i morse 1 200 … nu 900") are no clash.
 */
import type { Rule } from "../types.js";
import { span, t } from "../text/spans.js";

const NUMBER = String.raw`(\d{1,3}(?:[ \u00a0\u202f,]\d{3})*|\d+)`;
const NOUNS_SV = String.raw`(hushåll|kunder|abonnenter|personer|lägenheter|fastigheter|hus|elever|boende)`;
const NOUNS_EN = String.raw`(households?|homes?|customers?|properties|property|people|residents?|pupils?|premises)`;

/** A count: "1 200 hushåll", "2,300 homes". */
const COUNT: Record<string, RegExp> = {
  sv: new RegExp(
    String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ\d])${NUMBER} (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?${NOUNS_SV}(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
    "gu",
  ),
  en: new RegExp(
    String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ\d])${NUMBER} (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?${NOUNS_EN}(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
    "gu",
  ),
};
/**
 * The group taken back as the whole affected group: "de 900 drabbade hushållen", "the 250 affected homes". Not a part
 * named by place or clause ("De 400 kunderna i Ytterby", "The 12 residents who cannot return": a code review).
 */
const BACK: Record<string, RegExp> = {
  sv: new RegExp(
    String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(av |bland )?de (?:cirka |ungefär |ca )?${NUMBER} (?:drabbade|berörda|utrymda|evakuerade|strömlösa) (hushållen|kunderna|abonnenterna|personerna|lägenheterna|fastigheterna|husen|eleverna|boende)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?! (?:i|på|som|vid|längs|inom|utanför)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ]))`,
    "gu",
  ),
  en: new RegExp(
    String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(of |among )?the (?:approximately |about |around )?${NUMBER} (?:affected|evacuated|impacted) ${NOUNS_EN}(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?! (?:in|on|at|who|that|which|along|within|outside)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ]))`,
    "gu",
  ),
};
/**
 * Twenty-seventh round (blind70 studied): the group taken back by a clause ("de 800 kunder som berörs", "the 800
 * customers who are affected"): the whole affected group, as "de 800 berörda kunderna" is.
 */
const BACK_WHICH: Record<string, RegExp> = {
  sv: new RegExp(
    String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(av |bland )?de (?:cirka |ungefär |ca )?${NUMBER} (hushåll|kunder|abonnenter|personer|lägenheter|fastigheter|hus|elever|boende) som (?:berörs|är berörda|drabbats|har drabbats|är drabbade|påverkas)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?! (?:av|i|på|vid)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ]))`,
    "gu",
  ),
  en: new RegExp(
    String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(of |among )?the (?:approximately |about |around )?${NUMBER} ${NOUNS_EN} (?:who|that|which) (?:are|were|have been) (?:affected|impacted)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?! (?:by|in|on|at|of)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ]))`,
    "gu",
  ),
};
/** A group taken back: where, the figure, the noun as written. */
interface Back {
  start: number;
  end: number;
  said: number;
  noun: string;
}
const PLURAL_SV: Record<string, string> = {
  hushåll: "hushållen",
  kunder: "kunderna",
  abonnenter: "abonnenterna",
  personer: "personerna",
  lägenheter: "lägenheterna",
  fastigheter: "fastigheterna",
  hus: "husen",
  elever: "eleverna",
  boende: "boende",
};

/** Twenty-fourth round: the group still waiting taken back ("the remaining 850 customers", "de återstående 300
 * hushållen"): the same group as the count of those still without. */
const REMAINING: Record<string, RegExp> = {
  sv: new RegExp(
    String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(av |bland )?de (?:återstående|resterande|sista|kvarvarande) (?:cirka |ungefär |ca )?${NUMBER} (hushållen|kunderna|abonnenterna|personerna|lägenheterna|fastigheterna|husen|eleverna|boende)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?! (?:i|på|som|vid|längs|inom|utanför)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ]))`,
    "gu",
  ),
  en: new RegExp(
    String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(of |among )?the remaining (?:approximately |about |around )?${NUMBER} ${NOUNS_EN}(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?! (?:in|on|at|who|that|which|along|within|outside)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ]))`,
    "gu",
  ),
};
const STEM_SV: Record<string, string> = {
  hushållen: "hushåll",
  kunderna: "kunder",
  abonnenterna: "abonnenter",
  personerna: "personer",
  lägenheterna: "lägenheter",
  fastigheterna: "fastigheter",
  husen: "hus",
  eleverna: "elever",
  boende: "boende",
};
const stemEn = (noun: string) => (noun === "property" ? "properties" : noun.replace(/s$/u, ""));
const RESTORED =
  /(?:is back|are back|back for|back on|tillbaka|återställ[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|återfått|restor[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|back on|reconnect[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|returned|återvänt|kan återvända)/u;
const value = (n: string) => Number(n.replace(/[ \u00a0\u202f,]/gu, ""));
/** Two moments contrasted ("i morse … nu", "earlier … since then"): a count may have changed between them. */
const CHANGED =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:i morse|nu har de flesta|now most|tidigare|förut|vid förra uppdateringen|sedan dess|har (?:nu )?(?:minskat|ökat|sjunkit|stigit)|earlier|this morning|previously|at the last update|since then|has (?:fallen|risen|dropped|gone (?:up|down)))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/**
 * Twenty-fourth round: the headline's count and the text's differ ("300 homes without water …" / "we have had to turn
 * off the supply to 30 homes"). Only when the text counts that group and never with the headline's figure (or one
 * within a tenth of it: "about 1,200" against "1 150").
 */
const STILL_WITHOUT =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:still without|are still|remain without|fortfarande utan|är fortfarande|saknar fortfarande|fortfarande strömlösa)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const OTHER_GROUP =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:rescued|räddade|räddats|hjälpte|hjälpts|helped|treated|vårdas|injured|skadade|skadats|hurt|hospital|sjukhus)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const ANOTHER_MOMENT =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:i går|igår|yesterday|tidigare|earlier|previously|förut|vid förra uppdateringen|at the last update|som mest|at its peak|at the height)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const BOUND_BEFORE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:more than|over|nearly|almost|up to|at least|around|about|approximately|some|över|drygt|nästan|uppemot|närmare|minst|cirka|ca|omkring|runt|fler än|mer än)\s*$/u;
const sentenceAround = (text: string, at: number) =>
  text.slice(Math.max(0, text.lastIndexOf(".", at) + 1), text.indexOf(".", at) < 0 ? undefined : text.indexOf(".", at));

function titleAgainstBody(
  title: string,
  body: string,
  count: RegExp,
  lang: string,
): { start: number; end: number; title: number; body: number } | null {
  const noun = (m: RegExpMatchArray) => (lang === "sv" ? (m[2] ?? "") : stemEn(m[2] ?? ""));
  // Customers restored and customers still without are two groups ("120 kunder utan el" / "6 000 kunder fick
  // tillbaka strömmen").
  const inBody = new Map<string, { n: number; restored: boolean }[]>();
  for (const m of body.matchAll(count)) {
    // A figure of another moment ("Yesterday 1,400 homes …") is no count of the headline's group now.
    const sentence = sentenceAround(body, m.index);
    if (ANOTHER_MOMENT.test(sentence)) continue;
    // People rescued, helped or hurt are a group of their own beside those evacuated ("rescued 12 people").
    if (OTHER_GROUP.test(sentence) && !OTHER_GROUP.test(title)) continue;
    const told = { n: value(m[1] ?? ""), restored: RESTORED.test(sentence) };
    inBody.set(noun(m), [...(inBody.get(noun(m)) ?? []), told]);
  }
  const titleRestored = RESTORED.test(title);
  for (const m of title.matchAll(count)) {
    const said = value(m[1] ?? "");
    // A bound is no count: "More than 2,000 homes", "Över 900 hushåll".
    if (BOUND_BEFORE.test(title.slice(0, m.index))) continue;
    if (said < 2) continue; // "366, 000 homes" read as 000
    const all = inBody.get(noun(m)) ?? [];
    // The headline's figure anywhere in the text, in whatever words: the two agree.
    if (all.some((x) => Math.abs(x.n - said) <= said / 10)) continue;
    // The headline's total split by place in the text ("1,200 homes in Ashford and Tenterden" / 800 and 400).
    const same = all.filter((x) => x.restored === titleRestored);
    const sum = same.reduce((t, x) => t + x.n, 0);
    if (same.length > 1 && Math.abs(sum - said) <= said / 10) continue;
    const told = all.filter((x) => x.restored === titleRestored && x.n >= 2).map((x) => x.n);
    if (told.length === 0) continue;
    return { start: m.index, end: m.index + m[0].length, title: said, body: told[0] as number };
  }
  return null;
}

/**
 * Twenty-seventh round (probes written from the guidance): the injured counted twice ("Tre personer har skadats" / "De
 * fem skadade har förts till sjukhus"; "Three people were injured" / "All five injured people …"), figures or words.
 */
const WORDS_SV = ["noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"];
const WORDS_EN = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];
const NUM_SV = String.raw`(\d+|${WORDS_SV.slice(2).join("|")})`;
const NUM_EN = String.raw`(\d+|${WORDS_EN.slice(2).join("|")})`;
const HURT_COUNT: Record<string, RegExp> = {
  sv: new RegExp(
    String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ\d])${NUM_SV} (?:personer|människor|elever|barn|boende|passagerare|anställda|medarbetare) (?:har |hade )?(?:skadats|skadades|blev skadade|har blivit skadade)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
    "u",
  ),
  en: new RegExp(
    String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ\d])${NUM_EN} (?:people|persons|residents|pupils|children|passengers|workers|staff|patients) (?:were|have been|had been) (?:injured|hurt)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
    "u",
  ),
};
const HURT_BACK: Record<string, RegExp> = {
  sv: new RegExp(
    String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:de|alla) ${NUM_SV} skadade(?:na)?(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
    "u",
  ),
  en: new RegExp(
    String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:all|the|all of the) ${NUM_EN} (?:injured|hurt)(?: people| persons| passengers| pupils| children)?(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
    "u",
  ),
};
const FURTHER_HURT =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:ytterligare|fler|further|another|more|additional|other|andra|övriga)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const ORDINAL_EVENT = /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:first|second|third|första|andra|tredje)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const numberOf = (word: string, lang: string): number =>
  /^\d+$/u.test(word) ? Number(word) : (lang === "sv" ? WORDS_SV : WORDS_EN).indexOf(word);

function hurtCountedTwice(body: string, lang: string): { start: number; end: number; one: number; two: number } | null {
  const count = HURT_COUNT[lang];
  const back = HURT_BACK[lang];
  if (count === undefined || back === undefined) return null;
  const c = count.exec(body);
  const b = back.exec(body);
  if (c === null || b === null || b.index <= c.index) return null;
  const one = numberOf(c[1] ?? "", lang);
  const two = numberOf(b[1] ?? "", lang);
  if (one < 2 || two < 2 || one === two) return null;
  // Further injured told between the two counts, or two events told apart ("the first explosion" / "the second").
  if (FURTHER_HURT.test(body.slice(c.index, b.index + b[0].length)) || ORDINAL_EVENT.test(body)) return null;
  return { start: b.index, end: b.index + b[0].length, one, two };
}

export const FA25: Rule = {
  id: "FA25",
  principle: "factual",
  name: "one group counted twice",
  severity: "error",
  points: 30,
  repeat: 0,
  cap: 30,
  kinds: ["bulletin", "sms", "social"],
  languages: ["sv", "en"],
  check(a) {
    const lang = a.language === "sv-lattlast" ? "sv" : a.language;
    const count = COUNT[lang];
    const back = BACK[lang];
    if (count === undefined || back === undefined) return [];
    const remaining = REMAINING[lang];
    // "The remaining N" takes back those still waiting, not all who lost power ("cut power to 2,000 customers … the
    // remaining 850"): only when the text counts a group still without does it name that group.
    const stillWithout = STILL_WITHOUT.test(a.body.lower);
    const which = BACK_WHICH[lang];
    const asBack = (m: RegExpMatchArray, definite: boolean): Back => ({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      said: value(m[2] ?? ""),
      // The clause form names the noun indefinitely ("de 800 kunder som berörs"): as the definite form the others use.
      noun: definite || lang !== "sv" ? (m[3] ?? "") : (PLURAL_SV[m[3] ?? ""] ?? ""),
    });
    const backs: Back[] = [
      ...[...a.body.lower.matchAll(back)].map((m) => asBack(m, true)),
      ...[...(which === undefined ? [] : a.body.lower.matchAll(which))].map((m) => asBack(m, false)),
      ...[...(remaining && stillWithout ? a.body.lower.matchAll(remaining) : [])].map((m) => asBack(m, true)),
    ];
    const inBack = (field: "title" | "body", at: number) =>
      field === "body" && backs.some((b) => at >= b.start && at < b.end);
    const counts = new Map<string, Set<number>>();
    for (const field of [a.title, a.body]) {
      for (const m of field.lower.matchAll(count)) {
        if (inBack(field.name, m.index)) continue;
        const noun = lang === "sv" ? (m[2] ?? "") : stemEn(m[2] ?? "");
        if (!counts.has(noun)) counts.set(noun, new Set());
        counts.get(noun)?.add(value(m[1] ?? ""));
      }
    }
    // Before the body's own moments are looked at: "this morning" in the text does not make the headline's figure
    // another moment's.
    const headline = titleAgainstBody(a.title.lower, a.body.lower, count, lang);
    if (headline !== null) {
      return [
        {
          span: span("title", headline.start, headline.end),
          message: t(
            `Rubriken säger ${headline.title}, texten ${headline.body}: samma grupp räknas olika.`,
            `The headline says ${headline.title}, the text ${headline.body}: the same group is counted differently.`,
          ),
          suggestion: t("Använd samma siffra i rubrik och text.", "Use the same figure in the headline and the text."),
        },
      ];
    }
    if (CHANGED.test(a.body.lower)) return [];
    const hurt = hurtCountedTwice(a.body.lower, lang);
    if (hurt !== null) {
      return [
        {
          span: span("body", hurt.start, hurt.end),
          message: t(
            `De skadade räknas två gånger, olika: ${hurt.one} och ${hurt.two}.`,
            `The injured are counted twice, differently: ${hurt.one} and ${hurt.two}.`,
          ),
          suggestion: t(
            "Använd en siffra, eller säg vad som har ändrats sedan förra uppgiften.",
            "Use one figure, or say what has changed since the last one.",
          ),
        },
      ];
    }
    for (const m of backs) {
      const noun = lang === "sv" ? (STEM_SV[m.noun] ?? "") : stemEn(m.noun);
      const said = m.said;
      const told = [...(counts.get(noun) ?? [])];
      // Exactly one figure told for the group before, and not this one.
      if (told.length !== 1 || told[0] === said) continue;
      const others = told;
      return [
        {
          span: span("body", m.start, m.end),
          message: t(
            `Samma grupp räknas två gånger, olika: ${others[0]} och ${said}.`,
            `The same group is counted twice, differently: ${others[0]} and ${said}.`,
          ),
          suggestion: t(
            "Använd en siffra, eller säg vad som har ändrats: ”I morse var 1 200 hushåll utan ström, nu 900.”",
            "Use one figure, or say what has changed: “This morning 1,200 homes had no power; now 900 do.”",
          ),
        },
      ];
    }
    return [];
  },
};
