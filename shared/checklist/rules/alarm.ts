/**
 * Impartial (opartisk): an alarmist sentence (ninth round, blind16 studied). One loaded word or one superlative is a
 * style note (IM2, IM6); both in one sentence of the sender's own ("Vi står inför en katastrof av aldrig tidigare
 * skådat slag och kaoset kan bli totalt") dramatise instead of inform: MSB and CERC ask for facts that show how
 * serious it is, and alarm words without them frighten without telling anyone what to do.
 */
import type { Rule } from "../types.js";
import { q, span, t } from "../text/spans.js";
import { gatedHits, lexHits } from "./helpers.js";

const QUOTED = { skipQuoted: true, skipQuestions: true } as const;
// impart4 studied: the tabloid metaphor alone ("skolan är i praktiken ett pesthål", "sjön är en
// giftsoppa", "a death trap") dramatises whatever the facts under it.
const ALARM_GATE =
  /katastrof|catastroph|disaster|apokalyps|apocalyp|säker|is safe|ohanterlig|okontrollerbar|pesthål|giftsopp|dödsfäll|tickande|krigszon|löpeld|hellhole|plague|death trap|time bomb|(?:like|looks like|resembles|is|was|are|were) an? war zone|toxic soup|wildfire|blodbad|belägring|episka|kaos|siege|carnage|proportions|absolute/u;
const ALARM: Record<string, RegExp> = {
  sv: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:är )?på väg mot en (?:katastrof|kollaps)|(?:en )?katastrof(?:en)? (?:är på väg|väntar|närmar sig)|pesthål[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|blodbad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|i belägring|av episka proportioner|totalt kaos|rena kaoset|giftsopp[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|dödsfäll[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|tickande (?:bomb|miljöbomb)|(?:som|liknar|är|var) en krigszon|(?:sprider sig|rasar) som en löpeld|katastrofen är ett faktum|apokalyptisk[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|(?:kan|kommer att) sluta i (?:en )?katastrof|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*katastrof utan motstycke|ingen kan känna sig säker|kan när som helst bli (?:helt )?(?:ohanterlig|okontrollerbar|katastrofal)[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gu,
  en: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:is )?(?:heading|headed) (?:for|towards) (?:a )?(?:catastrophe|disaster)|(?:a |the )?(?:catastrophe|disaster) is (?:coming|looming|imminent|on its way|approaching)|hellhole|under siege|carnage|of (?:epic|biblical) proportions|absolute (?:chaos|carnage|mayhem)|plague pit|death trap|(?:ticking )?time bomb|war zone|toxic soup|(?:spreading|spreads|spread) like wildfire|apocalyptic|(?:could|may|will) end in (?:a )?(?:catastrophe|disaster)|no ?(?:one|body)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,3}? is safe|(?:could|may|might|can) (?:turn|become) (?:catastrophic|a catastrophe|a disaster)(?: at any (?:minute|moment))?)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gu,
};

/**
 * Eighteenth round, written from the guidance: dramatic words spread over the text, none with its partner in the same
 * sentence ("Det är ett katastrofalt läge. En enorm brand rasar … helt utom kontroll. Röken väller in över hela stan").
 * Three different ones of the sender's own are alarm however they are spread; no real message in the tuning material
 * has more than two.
 */
const DRAMATIC: Record<string, RegExp> = {
  sv: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:helt )?(?:utom|ur) kontroll|rasar|väller|panik[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|dramatisk[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|massiv[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|skräck[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|fasansfull[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|inferno[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|härjar|kaos[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|kaotisk[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gu,
  // impart1 studied: "TERRIFYING scenes … a raging inferno tore through the heath", "A frightening epidemic is
  // tearing through Northgate Primary".
  en: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:completely |totally )?out of control|raging|pouring (?:into|over|across|through)|panic[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|dramatic[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|engulf[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|terrif(?:ying|ied)|frightening|horrif[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|inferno|t(?:ore|earing|ears) through|rampag[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|chao(?:s|tic))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gu,
};
const DRAMATIC_GATE =
  /kontroll|rasar|väller|panik|dramati|massiv|skräck|fasansfull|inferno|härjar|sveper|kaos|kaotisk|control|raging|pouring|panic|engulf|terrif|frighten|horrif|through|sweep|rampag|chao/u;
/** Denied, the word reassures: "ingen anledning till panik", "no need to panic" (a code review). */
const DENIED_BEFORE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:ingen anledning (?:till|att)|inget skäl (?:till|att)|inte|ej|no need to|no reason (?:to|for)|not|don['’]t|do not|never)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+)? $/u;
const SPREAD_ALARM = 3;

/**
 * An alarm word shouted in capitals in an otherwise ordinary text ("DEADLY heat set to grip Ashcombe this weekend!",
 * "GIFTMOLN ÖVER HAGABY!"): impart4 studied. A weather service's teletype product is capitals throughout and says
 * "DANGEROUS" as its format does (IM10 spares it), so a text that is mostly capitals is left alone.
 */
const SHOUTED_ALARM =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:DEADLY|DÖDLIG[AT]?|TOXIC|GIFTIG[AT]?|GIFTMOLN|KILLER|PANIK|PANIC|KAOS|CHAOS|TERROR|TERRIFYING|KATASTROF\p{Lu}*|CATASTROPH\p{Lu}*|DISASTER|NIGHTMARE|MARDRÖM|SKRÄCK\p{Lu}*|HORROR)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** Counted only once an alarm word in capitals is found: two passes over every letter of a long text cost more than
 * the rest of the rule. */
function mostlyCapitals(a: Parameters<Rule["check"]>[0]): boolean {
  const letters = `${a.title.text}${a.body.text}`.replace(/[^A-Za-zªµºÀ-ÖØ-öø-ɏ]/gu, "");
  const upper = letters.replace(/[^\p{Lu}]/gu, "").length;
  return letters.length === 0 || upper / letters.length > 0.5;
}

function shoutedAlarm(
  a: Parameters<Rule["check"]>[0],
): { field: "title" | "body"; start: number; end: number; text: string } | undefined {
  for (const field of [a.title, a.body]) {
    const m = SHOUTED_ALARM.exec(field.text);
    // A label quoted ('Drums at the site are labelled "TOXIC"') is what people will see, not the sender shouting.
    if (m !== null && /["”“'’]/u.test(field.text.charAt(m.index - 1))) continue;
    if (m !== null)
      return mostlyCapitals(a)
        ? undefined
        : { field: field.name, start: m.index, end: m.index + m[0].length, text: m[0] };
  }
  return undefined;
}

export const IM14: Rule = {
  id: "IM14",
  principle: "impartial",
  name: "alarmist sentence",
  severity: "error",
  points: 25,
  repeat: 0,
  cap: 25,
  languages: ["sv", "en"],
  check(a) {
    const lex = a.lex;
    if (lex === null) return [];
    // A disaster announced ahead of the facts is alarm on its own (ninth round, blind20 studied).
    const phrase = gatedHits(a, ALARM, { sv: ALARM_GATE, en: ALARM_GATE }, QUOTED)[0];
    if (phrase !== undefined)
      return [
        {
          span: span(phrase.field.name, phrase.hit.start, phrase.hit.end),
          message: t(
            `${q(phrase.hit.text)} skrämmer i stället för att informera.`,
            `${q(phrase.hit.text)} frightens instead of informing.`,
          ),
          suggestion: t(
            "Låt fakta visa hur allvarligt det är: vad som hänt, var, hur många som berörs och vad de ska göra.",
            "Let the facts show how serious it is: what happened, where, how many are affected and what to do.",
          ),
        },
      ];
    const shouted = shoutedAlarm(a);
    if (shouted !== undefined)
      return [
        {
          span: span(shouted.field, shouted.start, shouted.end),
          message: t(
            `${q(shouted.text)} i versaler skrämmer i stället för att informera.`,
            `${q(shouted.text)} in capitals frightens instead of informing.`,
          ),
          suggestion: t(
            "Skriv med vanliga bokstäver och låt fakta visa hur allvarligt det är.",
            "Write in ordinary letters and let the facts show how serious it is.",
          ),
        },
      ];
    const superlatives = lexHits(a, lex.superlatives, QUOTED);
    const loaded = lexHits(a, lex.emotive, QUOTED);
    const dramatic = gatedHits(a, DRAMATIC, { sv: DRAMATIC_GATE, en: DRAMATIC_GATE }, QUOTED).filter(
      (h) => !DENIED_BEFORE.test(h.field.lower.slice(Math.max(h.sentence.start, h.hit.start - 40), h.hit.start)),
    );
    const spread = [...superlatives, ...loaded, ...dramatic];
    if (new Set(spread.map((h) => h.hit.text.toLowerCase())).size >= SPREAD_ALARM) {
      const first = [...spread].sort((x, y) =>
        x.field === y.field ? x.hit.start - y.hit.start : x.field.name === "title" ? -1 : 1,
      )[0] as (typeof spread)[number];
      const words = [...new Set(spread.map((h) => h.hit.text.toLowerCase()))].slice(0, 4).map(q).join(", ");
      return [
        {
          span: span(first.field.name, first.hit.start, first.hit.end),
          message: t(
            `Dramatiska ord genom hela texten (${words}) skrämmer i stället för att informera.`,
            `Dramatic words throughout the text (${words}) frighten instead of informing.`,
          ),
          suggestion: t(
            "Låt fakta visa hur allvarligt det är: vad som hänt, var, hur många som berörs och vad de ska göra.",
            "Let the facts show how serious it is: what happened, where, how many are affected and what to do.",
          ),
        },
      ];
    }
    if (superlatives.length === 0) return [];
    for (const s of superlatives) {
      const w = loaded.find((l) => l.field === s.field && l.sentence.index === s.sentence.index);
      if (w === undefined) continue;
      const start = Math.min(s.hit.start, w.hit.start);
      const end = Math.max(s.hit.end, w.hit.end);
      return [
        {
          span: span(s.field.name, start, end),
          message: t(
            `${q(s.hit.text)} och ${q(w.hit.text)} i samma mening dramatiserar i stället för att informera.`,
            `${q(s.hit.text)} and ${q(w.hit.text)} in one sentence dramatise instead of informing.`,
          ),
          suggestion: t(
            "Låt fakta visa hur allvarligt det är: vad som hänt, var, hur många som berörs och vad de ska göra.",
            "Let the facts show how serious it is: what happened, where, how many are affected and what to do.",
          ),
        },
      ];
    }
    return [];
  },
};
