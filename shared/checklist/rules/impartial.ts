/**
 * Impartial (opartisk): "takes no side for any party". The least machine-checkable principle (research.md §4):
 * these are review flags with small deductions, except blame and group attribution.
 */
import type { Analysis } from "../analysis.js";
import { capsSpans } from "../text/caps.js";
import { findAll, rangeIndexAt } from "../text/match.js";
import { q, span, t } from "../text/spans.js";
import type { Draft, Rule } from "../types.js";
import { CAUSE } from "./factualJudgement.js";
import { fieldMatches, findingsForMatches, firstPerSentence, gatedHits, lexHits, type LexHit } from "./helpers.js";

const QUOTED = { skipQuoted: true } as const;
const CLAIM_REACH = 40; // characters; a loaded word this close to "rykte"/"claim" describes the claim, not a party

function describesClaim(a: Analysis, h: LexHit): boolean {
  const re = a.lex?.claimNouns ?? null;
  if (re === null) return false;
  const from = Math.max(h.sentence.start, h.hit.start - CLAIM_REACH);
  const to = Math.min(h.sentence.end, h.hit.end + CLAIM_REACH);
  const lower = h.field.lower;
  // "The people who started this rumour are irresponsible": the word judges the people the sentence is about, not
  // the claim in their relative clause (twenty-fifth round, a tuning miss).
  const aboutPeople = lower.slice(from, h.hit.start).search(PEOPLE_WHO) >= 0;
  return !aboutPeople && findAll(lower.slice(from, to), re).length > 0;
}

const PEOPLE_WHO =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:people|those|persons?|whoever|anyone|individuals?|group|accounts?) (?:who|that)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:de|den|personer(?:na)?|personen|folk|alla) som(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

function wordRule(
  id: string,
  name: string,
  pick: (a: Analysis) => RegExp | null,
  severity: Rule["severity"],
  points: [number, number, number],
  text: (w: string) => Draft["message"],
  suggestion: Draft["message"],
  spare: (h: LexHit) => boolean = () => false,
): Rule {
  return {
    id,
    principle: "impartial",
    name,
    severity,
    points: points[0],
    repeat: points[1],
    cap: points[2],
    languages: ["sv", "en", "fi"],
    check(a) {
      return findingsForMatches(lexHits(a, pick(a), QUOTED), (h) =>
        // Mockery near a claim mocks those who believe it ("dumma rykten från folk som inte har något bättre för
        // sig"): the claim guard keeps a loaded word that describes the claim from being read as blame (IM1, IM2),
        // but a joke at the believers' expense is the failure IM9 is for.
        (id !== "IM9" && describesClaim(a, h)) || spare(h) ? null : { message: text(q(h.hit.text)), suggestion },
      );
    },
  };
}

/**
 * The legal consequence of a breach that may come, said of the breach ("Flagrant and irresponsible disregard for this
 * appeal could lead to prosecution", "Vårdslös eldning kan leda till böter"): a warning of the sanction, not blame for
 * what happened (real prose, second pass).
 */
const SANCTION_AFTER =
  /^(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ'’]+){0,8}? (?:could|may|might|can|will|kan|kommer att) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:lead|result|leda) (?:to|in|till) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:prosecution|a fine|fines|penalt[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|charges|legal action|åtal|böter|straff|vite|rättsliga åtgärder)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/**
 * A rule stated for everyone ("Man får inte kasta cigarettfimpar vårdslöst utomhus", "It is an offence to drive
 * recklessly"): what nobody may do, not blame of someone for what happened (twenty-first round, blind42 studied: a
 * rescue service's fire-ban page).
 */
/** The clause a hit stands in: "Det var oansvarigt av grillarna, och man får inte grilla" has two. */
function clauseAround(sentence: string, at: number): string {
  const cut = /[;,]\s+(?:och|and|men|but)?\s*|;\s*/gu;
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(cut)) {
    if (m.index < at) start = m.index + m[0].length;
    else if (m.index >= at) {
      end = m.index;
      break;
    }
  }
  return sentence.slice(start, end);
}
const RULE_STATED =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:man|du|ni|ingen|någon) får (?:inte|aldrig)|det är (?:förbjudet|inte tillåtet|olagligt)|(?:betraktas|räknas) som|it is (?:an offence|illegal|against the law|prohibited)|(?:you|no one|nobody) (?:must not|may not|is allowed to)|is (?:prohibited|not permitted)|(?:could|can|may|will) be fined|(?:kan|riskerar att) (?:få|dömas till) böter)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

export const IM1 = wordRule(
  "IM1",
  "blame or accusation",
  (a) => a.lex?.blame ?? null,
  "error",
  [25, 10, 40],
  (w) => t(`${w} skuldbelägger eller anklagar.`, `${w} assigns blame or accuses.`),
  t(
    "Beskriv vad som hänt och vad som görs, utan att peka ut skyldiga.",
    "Describe what happened and what is being done, without assigning blame.",
  ),
  (h) =>
    SANCTION_AFTER.test(h.field.lower.slice(h.hit.end, h.sentence.end)) ||
    RULE_STATED.test(
      clauseAround(h.field.lower.slice(h.sentence.start, h.sentence.end), h.hit.start - h.sentence.start),
    ) ||
    LEGAL_PROCESS.test(h.field.lower.slice(h.sentence.start, h.sentence.end)),
);

/**
 * The police's account of a charge ("Police have charged a 34-year-old man who ignored road closure barriers"): what a
 * person is charged with is the case, not the sender's blame (a review of the twenty-fifth round).
 */
const LEGAL_PROCESS =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:charged|arrested|summonsed|summoned|prosecuted|fined|cautioned|reported for|åtal[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|gripen|gripits|greps|anhållen|anhållits|bötfäll[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|delgiven|misstänkt för)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/**
 * Someone's fault given as the cause ("trycket är lågt eftersom villaägarna struntar i förbudet", "caused entirely by
 * the grid company's failure to maintain its lines", "families who chose to skip vaccination"): blame however it is
 * worded. The fault words alone are not blame ("do not ignore the warning" is advice); the causal frame makes them so.
 */
/**
 * The name of an offence under investigation is the police's classification, not blame: "en förundersökning gällande
 * allmänfarlig vårdslöshet är inledd", "arrested on suspicion of gross negligence".
 */
const LEGAL_CHARGE =
  /(?:förundersökning|misstänk[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|misstanke|anmäl[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|rubricer[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|brottsrubricering|åtal[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|investigation|suspicion|suspected|charged|arrested|offence)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,3} (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?$/u;

export const IM11: Rule = {
  id: "IM11",
  principle: "impartial",
  name: "a cause pinned on someone's fault",
  severity: "error",
  points: 25,
  repeat: 10,
  cap: 35,
  languages: ["sv", "en"],
  check(a) {
    const seen = new Set<string>();
    return findingsForMatches(lexHits(a, a.lex?.faults ?? null, QUOTED), (h) => {
      const key = `${h.field.name}:${h.sentence.index}`;
      const sentence = h.field.lower.slice(h.sentence.start, h.sentence.end);
      if (seen.has(key) || !CAUSE.test(sentence) || describesClaim(a, h)) return null;
      if (LEGAL_CHARGE.test(h.field.lower.slice(Math.max(h.sentence.start, h.hit.start - 60), h.hit.start)))
        return null;
      if (a.flags(h.field, "instruction")[h.sentence.index] === 1) return null;
      seen.add(key);
      return {
        message: t(
          `${q(h.hit.text)} lägger skulden för det som hänt på någon.`,
          `${q(h.hit.text)} pins the blame for what happened on someone.`,
        ),
        suggestion: t(
          "Beskriv orsaken sakligt (vad som gick sönder, vad som utreds) utan att peka ut någon.",
          "Describe the cause factually (what failed, what is being investigated) without pointing at anyone.",
        ),
      };
    });
  },
};

export const IM2 = wordRule(
  "IM2",
  "loaded value word",
  (a) => a.lex?.emotive ?? null,
  "info",
  [5, 3, 15],
  (w) => t(`${w} är ett värdeladdat ord.`, `${w} is a loaded value word.`),
  t(
    "Använd neutrala ord och låt fakta visa hur allvarligt det är.",
    "Use neutral words and let the facts show how serious it is.",
  ),
);

export const IM6 = wordRule(
  "IM6",
  "superlative or intensifier",
  (a) => a.lex?.superlatives ?? null,
  "info",
  [3, 2, 9],
  (w) => t(`${w} överdriver.`, `${w} exaggerates.`),
  t("Ersätt med en siffra eller en saklig beskrivning.", "Replace it with a figure or a factual description."),
);

const COMPANY =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ\p{N}])\p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ&-]+(?:\s\p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ&-]+)?\s(?:AB|Oy|Ltd|Inc|Ab)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ\p{N}])/gu;

// "Our local Member" (of parliament) as the one who delivered: twenty-third round, blind62 studied.
const OFFICE_EN = String.raw`(?:mayor|councill?or|council leader|leader of the council|cabinet member|governor|senator|minister|administration|majority|coalition|ruling group|local member|local mp|member of parliament)`;
const OFFICE_SV = String.raw`(?:kommunledning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|kommunalråd[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|ordförande[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|borgmästare[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|minister[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|majoritet[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|styret|styrets|koalition[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|politiker[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|regering[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)`;
const OFFICE_GATE: Record<string, RegExp> = {
  en: /mayor|councill?or|council leader|leader of the council|cabinet member|governor|senator|minister|administration|majority|coalition|ruling group|commissioner|county executive|alder|selectman|supervisor|local member|local mp|member of parliament/u,
  sv: /kommunledning|kommunalråd|ordförande|borgmästare|minister|majoritet|styret|koalition|politiker|regering/u,
};
const POLITICAL_CREDIT: Record<string, RegExp> = {
  en: new RegExp(
    String.raw`(?:${OFFICE_EN}(?:'s)? (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:vision|leadership|hard work|foresight|efforts|initiative|decisiveness|swift action|quick action)|(?:vision|leadership|hard work|foresight|efforts|initiative|decisiveness|swift action|quick action) of (?:the |our )?${OFFICE_EN}|thanks to (?:the |our )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:leadership|efforts|vision|hard work) of (?:the |our )?(?:commissioner|county executive|supervisor|alder(?:man|woman)|selectman)|(?:thanks to|credit (?:goes )?to|because of|(?:a )?(?:special |big )?thank(?:s| you)? (?:you )?to|we (?:especially |particularly )?(?:want to |would like to )?thank|grateful to) (?:the |our )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?${OFFICE_EN}(?! of)|${OFFICE_EN}[^.!?]{0,60}? (?:has|have) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:ensured|made sure|delivered|invested|secured|prioriti[sz]ed|made it possible)|unlike the (?:previous|former|last) (?:administration|council|government|majority|leadership))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
    "u",
  ),
  sv: new RegExp(
    String.raw`(?:${OFFICE_SV} (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:vision|ledarskap|framsynthet|handlingskraft|beslutsamhet|hårda arbete|snabba agerande)|(?:tack vare|(?:ett )?(?:stort |särskilt )?tack till|(?:vi )?(?:vill )?(?:särskilt |också )?tacka) (?:(?![A-Za-zªµºÀ-ÖØ-öø-ɏ]*(?:förening|klubb)[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?${OFFICE_SV}(?! av)|${OFFICE_SV}[^.!?]{0,60}? har (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:sett till att|satsat|gjort det möjligt|levererat|prioriterat|säkrat)|till skillnad från (?:den |det )?(?:förra|tidigare|föregående) (?:majoriteten|styret|ledningen|kommunledningen|mandatperioden))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
    "u",
  ),
};

/** A call to vote for someone (twentieth round: "Re-elect Whitfield on March 3!" closing a snow emergency post). */
const CAMPAIGN =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:re-?elect|vote for|cast your vote for|rösta på(?! (?:valdagen|dagen|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*dag(?:en)?|förhand|din|er|ditt|vallokal[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|plats[A-Za-zªµºÀ-ÖØ-öø-ɏ]*))|ge (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?din röst till)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** An office holder, not a party: "Mayor Brown declared an emergency due to the flooding" judges nothing. */
const AN_OFFICE =
  /^(?:mayor|councillor|cllr|leader|council leader|governor|gov\.|senator|kso|kommunalråd|regionråd|oppositionsråd)/iu;
const PARTY_AS_CAUSE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:blocked|stopped|voted down|rejected|scrapped|stoppades|stoppats|röstades ned|avslogs|ströks) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:by|av) (?:the |den |det )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:majority|majoriteten|party|partiet|opposition[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|republican[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|democrat[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*partiet|moderat[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|socialdemokrat[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)|beror på|berodde på|berott på|orsakades av|orsakats av|är orsaken|var orsaken|på grund av att|skylla på|caused by|because of|due to|the result of|is to blame|are to blame|were to blame|(?:by|av) (?:the |den |det )?(?:previous|former|last|förra|tidigare) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:administration|government|majority|council|leadership|regime|majoriteten|styret|ledningen|regeringen|kommunledningen))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/**
 * An office holder blamed for the hardship ("because the Governor has still not signed the declaration, leaving flood
 * victims waiting while politics comes first"): partisan blame without a party name (twenty-first round, blind44).
 */
const OFFICE_BLAMED =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:trots|despite) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:oppositionens|the opposition['’]s|the opposition) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:försök|motstånd|attempts?|efforts?|opposition|objections?)|(?:because|since|as) (?:the |our )?(?:governor|mayor|minister|senator|president|administration|council leader)(?: \p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ]+)?(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,2}? (?:still (?:has |have )?not|has still not|have still not|never|failed|refused|refuses|won['’]t|will not)|politics (?:comes?|came) first|playing politics|political games|eftersom (?:regeringen|ministern|landshövdingen|kommunstyrelsens ordförande|oppositionen)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,3}? (?:fortfarande inte|aldrig|vägrat|vägrar)|politiskt spel)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

const OFFICE_BLAMED_GATE =
  /opposition|governor|mayor|minister|senator|state|president|administration|council leader|politic|regeringen|ministern|landshövding|ordförande|oppositionen|politiskt/u;

export const IM3: Rule = {
  id: "IM3",
  principle: "impartial",
  name: "party or company in a judging context",
  severity: "warn",
  points: 15,
  repeat: 8,
  cap: 30,
  languages: ["sv", "en"],
  check(a) {
    const lex = a.lex;
    if (lex === null) return [];
    // A party given as the event's cause judges as much as a loaded word: "Läckorna beror på att den förra S-ledda
    // majoriteten skar ned på underhållet" (twentieth round, blind36 studied).
    const judging = (h: LexHit) => {
      const i = h.sentence.index;
      // An office holder acting ("Due to an unprecedented spike in cases, Mayor Busse declared a Local Emergency") is
      // judged by blame or praise only: a strong word about the event is not about them (impart1 studied).
      const loaded = AN_OFFICE.test(h.hit.text)
        ? (["blame", "praise"] as const)
        : (["blame", "emotive", "superlatives", "praise"] as const);
      return (
        loaded.some((k) => a.flags(h.field, k, true)[i] === 1) ||
        (!AN_OFFICE.test(h.hit.text) && PARTY_AS_CAUSE.test(h.field.lower.slice(h.sentence.start, h.sentence.end)))
      );
    };
    const out = findingsForMatches(lexHits(a, lex.parties, { skipQuoted: true, original: true }), (h) => {
      const judged = judging(h);
      return {
        severity: judged ? "error" : "info",
        points: judged ? undefined : 3,
        message: judged
          ? t(
              `Partiet ${q(h.hit.text)} nämns i ett värderande sammanhang.`,
              `The party ${q(h.hit.text)} is named in a judging context.`,
            )
          : t(
              `Partiet ${q(h.hit.text)} nämns: kontrollera att texten är neutral.`,
              `The party ${q(h.hit.text)} is named: check that the text is neutral.`,
            ),
        suggestion: t(
          "Nämn beslutande organ (”kommunstyrelsen”), inte partier.",
          "Name the deciding body (“the executive committee”), not parties.",
        ),
      };
    });
    // Credit given to a politician or a governing side ("our Mayor's vision and hard work", "tack vare majoriteten")
    // is partisan praise even without a party name.
    const lang = a.language === "sv-lattlast" ? "sv" : a.language;
    const credit = POLITICAL_CREDIT[lang];
    const office = OFFICE_GATE[lang];
    if (credit !== undefined && office !== undefined)
      for (const field of a.fields) {
        if (!office.test(field.lower) || !credit.test(field.lower)) continue;
        for (const s of field.sentences) {
          const m = credit.exec(field.lower.slice(s.start, s.end));
          if (m === null || s.question) continue;
          const start = s.start + m.index;
          out.push({
            severity: "error",
            span: span(field.name, start, start + m[0].length),
            message: t(
              `${q(field.text.slice(start, start + m[0].length))}: äran ges till en politiker eller ett styre.`,
              `${q(field.text.slice(start, start + m[0].length))}: credit is given to a politician or a governing side.`,
            ),
            suggestion: t(
              "Säg vad som görs och av vilken förvaltning, utan beröm till politiker.",
              "Say what is being done and by which service, without credit to politicians.",
            ),
          });
          break;
        }
      }
    for (const field of a.fields) {
      const m = OFFICE_BLAMED_GATE.test(field.lower) ? OFFICE_BLAMED.exec(field.lower) : null;
      if (m === null) continue;
      out.push({
        severity: "error",
        span: span(field.name, m.index, m.index + m[0].length),
        message: t(
          `${q(field.text.slice(m.index, m.index + m[0].length))}: skulden läggs på en politiker eller ett styre.`,
          `${q(field.text.slice(m.index, m.index + m[0].length))}: the blame is laid on a politician or a governing side.`,
        ),
        suggestion: t(
          "Säg vad som gäller och vad som görs, utan att peka ut politiker.",
          "Say what applies and what is being done, without pointing at politicians.",
        ),
      });
      break;
    }
    for (const field of a.fields) {
      const m = CAMPAIGN.exec(field.lower);
      if (m === null) continue;
      out.push({
        severity: "error",
        span: span(field.name, m.index, m.index + m[0].length),
        message: t(
          `${q(field.text.slice(m.index, m.index + m[0].length))}: valpropaganda hör inte hemma i ett krismeddelande.`,
          `${q(field.text.slice(m.index, m.index + m[0].length))}: campaigning has no place in a crisis message.`,
        ),
        suggestion: t("Stryk uppmaningen att rösta.", "Remove the call to vote."),
      });
      break;
    }
    const anyJudging = a.fields.some((f) =>
      (["blame", "emotive", "superlatives", "praise"] as const).some((k) => a.flags(f, k, true).includes(1)),
    );
    if (!anyJudging) return out;
    const companies = findingsForMatches(lexHits(a, COMPANY, { skipQuoted: true, original: true }), (h) =>
      judging(h)
        ? {
            message: t(
              `Företaget ${q(h.hit.text)} nämns i ett värderande sammanhang.`,
              `The company ${q(h.hit.text)} is named in a judging context.`,
            ),
            suggestion: t(
              "Beskriv vad företaget gör eller meddelar, utan omdömen.",
              "Describe what the company does or reports, without judgement.",
            ),
          }
        : null,
    );
    out.push(...companies);
    return out;
  },
};

export const IM4: Rule = {
  id: "IM4",
  principle: "impartial",
  name: "exclamation mark",
  severity: "info",
  points: 3,
  repeat: 3,
  cap: 12,
  check(a) {
    return findingsForMatches(
      fieldMatches(a, (field) => findAll(field.text, /!+/gu)),
      ({ field, hit }) => {
        if (rangeIndexAt(field.excluded, hit.start) >= 0) return null;
        const many = hit.text.length > 1;
        // "LIVSFARA – SKOLAN UTRYMD!!!": capitals and a row of exclamation marks together are an alarm, not
        // emphasis (real notices use either, never both).
        const alarm = many && a.fields.some((f) => a.memo(`caps:${f.name}`, () => capsSpans(f)).length > 0);
        return {
          severity: alarm ? "error" : many ? "warn" : "info",
          points: many ? 8 : undefined,
          message: many
            ? t("Flera utropstecken låter upprört.", "Several exclamation marks sound agitated.")
            : t("Utropstecken låter upprört.", "An exclamation mark sounds agitated."),
          suggestion: t(
            "Avsluta med punkt; låt orden bära allvaret.",
            "End with a full stop; let the words carry the urgency.",
          ),
        };
      },
    );
  },
};

export const IM5: Rule = {
  id: "IM5",
  principle: "impartial",
  name: "SHOUTING in capitals",
  severity: "info",
  points: 5,
  repeat: 3,
  cap: 12,
  check(a) {
    const caps = fieldMatches(a, (field) => a.memo(`caps:${field.name}`, () => capsSpans(field)));
    return findingsForMatches(caps, ({ field, hit: c }) =>
      c.kind !== "shout" || rangeIndexAt(field.excluded, c.start) >= 0
        ? null
        : {
            message: t(
              `${q(c.text)} är skrivet med versaler, vilket läses som att skrika.`,
              `${q(c.text)} is in capitals, which reads as shouting.`,
            ),
            suggestion: t(
              "Skriv med vanliga bokstäver; lyft det viktigaste genom att sätta det först.",
              "Use normal case; put the most important point first instead.",
            ),
          },
    );
  },
};

/**
 * The group as the doer, whatever the words: a group label followed by a verb of harm ("missbrukarna … förstör
 * ventilerna", "the asylum seekers have been wasting water"), or introduced by a cleft or a habit ("det är
 * ungdomarna från … som", "as usual the …"). A group named as those who need help ("öppnar härbärge för hemlösa")
 * is none of these.
 */
const GROUP_DOES: Record<string, RegExp> = {
  sv: /^(?:\s+[A-Za-zªµºÀ-ÖØ-öø-ɏ-]+){0,5}?\s+(?:som )?(?:(?:har|hade) )?(?:förstör[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|orsak[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|ligger bakom|låg bakom|står för|stod för|sprid[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|spred|slösa[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|stjäl|stulit|stal|tänd[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|tänt|eldar|eldat|bråka[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|stöka[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|vandalis[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|klott[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|smitta[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|brukar|hänger|drar hit|tog med)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
  en: /^(?:\s+[A-Za-zªµºÀ-ÖØ-öø-ɏ'-]+){0,5}?\s+(?:(?:have|has|had) (?:been )?)?(?:destroy[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|caus[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|(?:are|were|is|was) behind|spread[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|wast[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|steal[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|stole|vandalis[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|set fire|start[A-Za-zªµºÀ-ÖØ-öø-ɏ]* (?:the )?fires?|brought|bring[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|keep|kept|always|hang[A-Za-zªµºÀ-ÖØ-öø-ɏ]* around)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
};
// Blind14 studied: the group named as who the suspects are ("Det rör sig om missbrukare från boendet", "those
// arrested are residents of the hostel") introduces it as the doer, as "det är …" does.
const GROUP_INTRO: Record<string, RegExp> = {
  sv: /(?:det (?:är|var) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?|det (?:rör|rörde|handlar|handlade) sig om (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?|(?:de gripna|de misstänkta|gärningsmännen) (?:är|var) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?|som vanligt (?:är det )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?|(?:de|dessa) vanliga (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?|(?:vi vet att|alla vet att) (?:det är )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?)$/u,
  en: /(?:(?:it is|it's|it was) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?|(?:those|the people|the men|the suspects) (?:arrested|involved|responsible|detained) (?:are|were) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?|the suspects (?:are|were) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?|as usual,? (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?|(?:the|those|these) usual (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?|(?:we|everyone) knows? (?:that )?(?:it's |it is )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?)$/u,
};

/**
 * The group as the agent of a passive harm (seventh round): "the fire was started by vagrants", "skadorna har orsakats
 * av missbrukare", "elden anlades av hemlösa". The participle of harm + by/av + at most two words before the label.
 */
const GROUP_BY: Record<string, RegExp> = {
  sv: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:orsak[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|start(?:ad|at|ade|ats|ades)|anlag(?:d|da|t|ts)|anlades|tän(?:d|da|t|ts|des)|sprid(?:d|da|its|des)|spreds|förstör(?:d|da|ts|des)|skada(?:d|de|t|ts|des)|klottra(?:d|de|t|ts|des)|dumpa(?:d|de|t|ts|des)|stul(?:en|na|its)|begå(?:tt|tts|s)) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?av (?:(?!(?:för|till|åt|med|hos|om) )[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?$/u,
  en: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:started|caused|set|lit|spread|damaged|destroyed|vandali[sz]ed|dumped|stolen|committed|brought in|carried in|blamed on) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:by|on) (?:(?!(?:for|to|with|at) )[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?$/u,
};

function groupAsDoer(a: Analysis, h: LexHit): boolean {
  const lang = a.language === "sv-lattlast" ? "sv" : a.language;
  const does = GROUP_DOES[lang];
  const intro = GROUP_INTRO[lang];
  const by = GROUP_BY[lang];
  if (does === undefined || intro === undefined || by === undefined) return false;
  const after = h.field.lower.slice(h.hit.end, h.sentence.end);
  const before = h.field.lower.slice(h.sentence.start, h.hit.start);
  return does.test(after) || intro.test(before) || by.test(before);
}

/**
 * Origin as the label: people named by their country, nationality or home area where the text speaks of a crime, a
 * disease or who spread or caused something ("Det rör sig om en man från Somalia", "har troligen spridits av
 * besökande anhöriga från …", "a Romanian man has been arrested"). A home town in a routine police notice is not
 * flagged; a country or nationality next to a crime is, and so is any origin given as the source of the harm.
 */
const PERSON_SV = String.raw`(?:man|män|mannen|kvinna|kvinnor|kvinnan|person|personer|personen|ungdom[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|pojk[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|flick[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|killar|tjejer|familj[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|anhöriga|besökare|besökande|gäst[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*arbetar(?:e|na|en)|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*plockar(?:e|na|en)|gäng[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|medborgare|befolkning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|resenär[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|turist[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|pendlare|säsongsarbetare|[A-Za-zªµºÀ-ÖØ-öø-ɏ]+gäng[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|liga[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)`;
const PERSON_EN = String.raw`(?:man|men|woman|women|person|people|youths?|teenagers?|boys?|girls?|famil(?:y|ies)|relatives|visitors?|guests?|workers?|gang|nationals?|migrants?|communit(?:y|ies)|travell?ers?|tourists?|holidaymakers?|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*pickers|(?:farm ?|field |seasonal )?(?:laborers|labourers|workers))`;
// Twenty-first round (blind49 studied: "de thailändska bärplockarna"): nationalities named by their form too ("…ländsk").
const NATIONALITY_SV = String.raw`(?:somalisk|afghansk|syrisk|irakisk|iransk|eritreansk|polsk|rumänsk|bulgarisk|litauisk|marockansk|turkisk|arabisk|afrikansk|utländsk|romsk|kurdisk|albansk|rysk|ukrainsk|kinesisk|vietnamesisk|filippinsk|indisk|pakistansk|etiopisk|nigeriansk|estnisk|lettisk|serbisk|bosnisk|ungersk|libanesisk|palestinsk|egyptisk|[A-Za-zªµºÀ-ÖØ-öø-ɏ]{2,}ländsk)[A-Za-zªµºÀ-ÖØ-öø-ɏ]*`;
const NATIONALITY_EN = String.raw`(?:somali|afghan|syrian|iraqi|iranian|eritrean|polish|romanian|bulgarian|lithuanian|moroccan|turkish|arab|african|foreign|roma|romany|gypsy|kurdish|albanian|russian|ukrainian|chinese|eastern european|thai|vietnamese|filipino|indian|pakistani|ethiopian|nigerian|latvian|estonian|serbian|bosnian|hungarian|lebanese|palestinian|egyptian|mexican|haitian|guatemalan|honduran)`;
const COUNTRY = String.raw`(?:somalia|syrien|syria|afghanistan|irak|iraq|iran|eritrea|polen|poland|rumänien|romania|bulgarien|bulgaria|litauen|lithuania|marocko|morocco|turkiet|turkey|albanien|albania|kosovo|balkan|mellanöstern|middle east|(?:öst|väst|nord|syd|central)?afrika|(?:east |west |north |south |central )?africa|(?:syd|latin)amerika|latin america|asien|asia|ryssland|russia|ukraina|ukraine|kina|china|östeuropa|eastern europe|utlandet|abroad)`;
const ORIGIN: Record<string, RegExp> = {
  sv: new RegExp(
    String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:${NATIONALITY_SV} (?:(?!för |till |och |på |i )[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?${PERSON_SV}|${PERSON_SV} (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:med (?:rötter|ursprung) i|ursprungligen från|från) ${COUNTRY})(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
    "u",
  ),
  en: new RegExp(
    String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:${NATIONALITY_EN} (?:(?!for |to |and |in |of )[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?${PERSON_EN}|${PERSON_EN} (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:originally from|with roots in|from) ${COUNTRY})(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
    "u",
  ),
};
/** The origin of people given as the source of the harm: "spridits av … från X", "brought in by visitors from X". */
const ORIGIN_AS_SOURCE: Record<string, RegExp> = {
  sv: new RegExp(
    String.raw`(?:spridits|spreds|smittats|orsakats|orsakades|förts in|tagits med|kommit in|kommit|kom) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:av|med|genom) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?${PERSON_SV} (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?från (?=[A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
    "u",
  ),
  en: new RegExp(
    String.raw`(?:spread|brought in|caused|introduced|carried|came|arrived) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:by|with|through) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?${PERSON_EN} (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?from (?=[A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
    "u",
  ),
};
const CRIME_OR_DISEASE: Record<string, RegExp> = {
  sv: /(?:misstänk[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|gripi[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|gripen|anhåll[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|anlag[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|brott[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|smitt[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|sprid[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|spred|sjukdom[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|utbrott|stöld[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|stul[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|rån[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|skadegör[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|orsak[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|våld[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|bråk[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|åtal[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|dömd[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|fall av|hepatit[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|mässling[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|tuberkulos|salmonella|magsjuk[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)/u,
  en: /(?:suspect[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|arrest[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|charged|crime|criminal|offen[cs]e|infect[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|spread|outbreak|disease|theft|stole|robbery|vandal[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|caus[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|violen[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|assault[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|convicted|cases of|confirmed cases|hepatitis|measles|tuberculosis|salmonella|norovirus|illness)/u,
};

/** Cheap literal gates: most texts name no country, nationality or spreader, and the frames above are costly. */
const ORIGIN_GATE: Record<string, RegExp> = {
  // "ländsk" as a literal: "[A-Za-zªµºÀ-ÖØ-öø-ɏ]{2,}ländsk" tried at every letter of every text costs more than the rule.
  sv: new RegExp(
    String.raw`${NATIONALITY_SV.replace(String.raw`[A-Za-zªµºÀ-ÖØ-öø-ɏ]{2,}ländsk`, "ländsk")}|från ${COUNTRY}|(?:med (?:rötter|ursprung) i) ${COUNTRY}`,
    "u",
  ),
  en: new RegExp(String.raw`${NATIONALITY_EN}|(?:from|in) ${COUNTRY}`, "u"),
};
const SOURCE_GATE: Record<string, RegExp> = { sv: / (?:av|med|genom) .* från /u, en: / (?:by|with|through) .* from /u };

function originHits(a: Analysis): LexHit[] {
  const lang = a.language === "sv-lattlast" ? "sv" : a.language;
  const origin = ORIGIN[lang];
  const source = ORIGIN_AS_SOURCE[lang];
  const context = CRIME_OR_DISEASE[lang];
  const originGate = ORIGIN_GATE[lang];
  const sourceGate = SOURCE_GATE[lang];
  if (origin === undefined || source === undefined || context === undefined) return [];
  if (originGate === undefined || sourceGate === undefined) return [];
  const out: LexHit[] = [];
  for (const field of a.fields) {
    const m1 = originGate.test(field.lower) && origin.test(field.lower);
    const m2 = sourceGate.test(field.lower) && source.test(field.lower);
    if (!m1 && !m2) continue;
    const paragraphHasContext = new Set<number>();
    for (const s of field.sentences)
      if (context.test(field.lower.slice(s.start, s.end))) paragraphHasContext.add(s.paragraph);
    for (const s of field.sentences) {
      if (s.question) continue;
      const text = field.lower.slice(s.start, s.end);
      const m = source.exec(text) ?? (paragraphHasContext.has(s.paragraph) ? origin.exec(text) : null);
      if (m === null) continue;
      const start = s.start + m.index;
      out.push({
        field,
        sentence: s,
        hit: { start, end: start + m[0].length, text: field.text.slice(start, start + m[0].length) },
      });
    }
  }
  return out;
}

/** "Scum" as what floats on water: a colour or "surface" before it, foam, mats or the water after it. */
const SUBSTANCE_BEFORE = /(?:green|brown|white|grey|gray|yellow|surface|algal|algae|pond|frothy|floating),? $/u;
const SUBSTANCE_AFTER =
  /^(?:,? (?:or |and )?)?(?:foam|mats?|layers?|floating|on (?:the )?(?:water|surface))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
function scumOnWater(h: LexHit): boolean {
  if (!h.hit.text.startsWith("scum")) return false;
  const lower = h.field.lower;
  return (
    SUBSTANCE_BEFORE.test(lower.slice(Math.max(0, h.hit.start - 20), h.hit.start)) ||
    SUBSTANCE_AFTER.test(lower.slice(h.hit.end, h.hit.end + 30)) ||
    // "Appearing like scum, grass clippings, fuzz, or globs on the surface of water, cyanobacteria …" (blind59).
    WATER_TOPIC.test(lower.slice(h.sentence.start, h.sentence.end))
  );
}
const WATER_TOPIC = /(?:cyanobacteri|algae|alger|blooms?(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|surface of (?:the )?water)/u;

const TRAVELLER = /^travell?ers?$/u;
const VISITORS =
  /^(?:city campers|campers|visitors|tourists|holidaymakers|day-?trippers|weekenders|out-of-towners|blow-ins|turister|besökare|sommargäster|campare|tältare|dagsturister|storstadsbor)/u;
const ON_A_JOURNEY =
  /^,?(?: (?:who|that)(?: had| has| have)?)? (?:return[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|arriv[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|travel[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|came back|coming back|flew|flying|on (?:a|the|their|his|her) (?:flight|plane|train|bus|ship|ferry)|from (?:abroad|overseas)|to (?:and from )?\p{Lu}?[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)/u;
function journey(h: LexHit): boolean {
  // "koppling till resande", "efter resande utomlands": travelling, not the Travellers (ninth round, blind23 studied).
  if (h.hit.text.toLowerCase() === "resande")
    return /(?:till|med|efter|vid|från|genom|om) $/u.test(
      h.field.lower.slice(Math.max(0, h.hit.start - 8), h.hit.start),
    );
  if (!TRAVELLER.test(h.hit.text.toLowerCase())) return false;
  // "returning travellers", "international travellers" are on a journey too (twenty-first round, blind50: NSW Health).
  if (
    /(?:returning|returned|arriving|international|overseas|incoming|air|rail) $/u.test(
      h.field.lower.slice(0, h.hit.start),
    )
  )
    return true;
  if (ON_A_JOURNEY.test(h.field.lower.slice(h.hit.end, h.hit.end + 40))) return true;
  // Advice to people about to travel ("particularly important for travellers who are not immune … to get vaccinated
  // before leaving"): twenty-third round, blind62 studied (Metro South Health).
  return (
    /(?:for|to|all|remind|reminds|advise|advises|urge|urges) $/u.test(h.field.lower.slice(0, h.hit.start)) &&
    BEFORE_LEAVING.test(h.field.lower.slice(h.hit.end, h.hit.end + 120))
  );
}
const BEFORE_LEAVING =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])before (?:leaving|departing|departure|travel[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|going|they (?:go|leave|travel)|you (?:go|leave|travel))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/**
 * A group named among the people most at risk ("People at higher risk … include: … people experiencing homelessness,
 * including rough sleepers"): the text protects them, whatever illness the list names (twenty-third round, blind60
 * studied: a UK council’s hot-weather page, the list nine items long). Read in the 700 characters before the group.
 */
const AT_RISK =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:at (?:a )?(?:higher|greater|increased|particular|special|most|the most) risk|more (?:vulnerable|at risk)|most vulnerable|(?:most|more|especially|particularly|those|people|groups|residents|anyone) at risk|(?:higher|greater|increased) risk of|vulnerable (?:groups|people|residents)|riskgrupp[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|särskilt (?:utsatta|känsliga|sårbara)|extra (?:utsatta|känsliga|sårbara)|löper (?:större|högre|ökad) risk|(?:högre|större|ökad) risk (?:för|att))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

export const IM7: Rule = {
  id: "IM7",
  principle: "impartial",
  name: "group blamed",
  severity: "error",
  points: 15,
  repeat: 8,
  cap: 30,
  languages: ["sv", "en"],
  check(a) {
    const lex = a.lex;
    if (lex === null) return [];
    // Blame or disease in the same paragraph (or the headline) ties the event to the group as much as a sentence does.
    const blamed = (h: LexHit) => {
      const flags = a.flags(h.field, "groupBlame", true);
      // Visitors are blamed only in their own sentence: "Under sommaren tar vi emot många besökare från andra delar av
      // landet. Eldningsförbudet gäller alla, även dig som … campar" welcomes them (a second code review).
      if (VISITORS.test(h.hit.text.toLowerCase())) return flags[h.sentence.index] === 1;
      return (
        h.field.sentences.some((s) => flags[s.index] === 1 && s.paragraph === h.sentence.paragraph) ||
        a.flags(a.title, "groupBlame", true).includes(1)
      );
    };
    const origins = originHits(a);
    // A contempt word ("psykfall", "junkies") stigmatises wherever it stands: no blame or disease needed. Scum on
    // water is a substance, not people ("green or brown scum, foam or mats floating on the water").
    const slurs = lexHits(a, lex.slurs, QUOTED).filter((h) => !scumOnWater(h));
    // "A traveller who returned from abroad" is someone on a journey, not the Traveller community (seventh round).
    const groups = lexHits(a, lex.groups, QUOTED).filter((h) => !journey(h));
    // The risk said after the group in its own sentence ("Turister från länder där mässling är vanligt … löper större
    // risk att smittas") names the disease too; said before it, the sentence must hold no blame (a code review).
    const atRisk = (h: LexHit) =>
      AT_RISK.test(h.field.lower.slice(h.hit.end, h.sentence.end)) ||
      (AT_RISK.test(h.field.lower.slice(Math.max(0, h.hit.start - 700), h.hit.start)) &&
        a.flags(h.field, "groupBlame", true)[h.sentence.index] !== 1);
    return findingsForMatches([...groups, ...origins, ...slurs], (h) =>
      (!origins.includes(h) && !slurs.includes(h) && !blamed(h) && !groupAsDoer(a, h)) ||
      (groups.includes(h) && atRisk(h))
        ? null
        : {
            message: t(
              `${q(h.hit.text)} nämns i samband med skuld eller brott: pekar texten ut en grupp?`,
              `${q(h.hit.text)} appears next to blame or crime: does the text single out a group?`,
            ),
            suggestion: t(
              "Nämn bara det som är bekräftat och relevant, aldrig grupptillhörighet.",
              "State only what is confirmed and relevant, never group membership.",
            ),
          },
    );
  },
};

/**
 * The sender's boast: a ranking or a comparison with others in its own favour ("länets bäst förberedda kommun",
 * "ingen annan kommun hade så snabb krisledning", "the best-prepared council in the county"), or a contrast with the
 * previous political leadership ("till skillnad från förra mandatperioden", "unlike the previous administration"). A
 * crisis message reports what is done; praise of oneself reads as a campaign.
 */
/**
 * The sender's defence of itself (twenty-fifth round, impart4 studied): it did everything right, would do nothing
 * differently, will not apologise, its critics' report "does not reflect the excellent work our staff do", its own
 * crisis team "gjorde jobbet". A crisis message says what happened and what is done; a verdict on oneself is a reply
 * to critics, not information.
 */
const DEFENSIVE_SV = String.raw`(?:ingenting|inget) (?:som )?vi (?:hade|skulle ha) (?:behövt|kunnat|bort) göra annorlunda|(?:vi|kommunen|förvaltningen|bolaget) (?:har )?(?:agerat|gjort) (?:helt |allt )?(?:rätt|korrekt) (?:från (?:första|dag ett)|hela tiden|i alla lägen|genomgående)|(?:vår|vårt|våra) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:gjorde|har gjort) jobbet|vi (?:tänker|kommer) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?inte (?:att )?be om ursäkt|(?:har )?följt varenda (?:rekommendation|regel|rutin)`;
const DEFENSIVE_EN = String.raw`(?:nothing|not a thing) (?:that )?we (?:would|could|should) have done differently|(?:we|this council|the council|the county|the city|the authority) did (?:everything|it all) (?:right|correctly|by the book)|(?:we|the council) (?:will|shall) not (?:be )?apologi[sz][A-Za-zªµºÀ-ÖØ-öø-ɏ]*|(?:does|do) not reflect the (?:excellent|hard|great|outstanding|tireless|good) work|contrary to what (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,4}?(?:have been|are|were) (?:saying|claiming),? (?:this council|the council|we|our (?:staff|crews|team|response)|the (?:response|evacuation|operation)) (?:did|have|has|acted|were|was|handled)`;
const SELF_PRAISE: Record<string, RegExp> = {
  sv: new RegExp(
    String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:vår|vårt|våra) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:föredömlig[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|enastående|exemplarisk[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)|insats(?:er)? i världsklass|utan oss hade|som få (?:andra )?(?:kommuner|regioner|myndigheter|organisationer) (?:i landet )?(?:kan mäta sig med|har)|(?:vår personal|våra medarbetare|vårt team|vårt vatten|vi) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?är (?:helt enkelt |verkligen |faktiskt |ju )?(?:bäst|bland de bästa|bland det bästa|fantastisk[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|överlägsn[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)|bland (?:de|det) bästa i (?:landet|länet|sverige|regionen|världen)|få (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:i landet |i sverige |i länet )?(?:hade|skulle ha) klarat|(?:bäst|snabbast|starkast) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?i (?:länet|landet|regionen|sverige)|bättre än (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:grannkommuner[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|andra kommuner[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|kommunerna runt)|(?:länets|landets|sveriges|regionens|nordens|europas) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:bäst[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|snabbast[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|främst[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|tryggast[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|effektivast[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|mest (?:förberedd[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|effektiv[A-Za-zªµºÀ-ÖØ-öø-ɏ]*))|ingen annan (?:kommun|region|myndighet|stad|organisation)|(?:vi|kommunen|staden|regionen) (?:har )?(?:återigen |än en gång |ännu en gång )?(?:visat|bevisat) (?:att (?:vi|den|kommunen) (?:är|har)|sig)|(?:visat|bevisat) att vi är (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?bäst|till skillnad från (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,5}?(?:förra|föregående|tidigare|den förra|det förra|den gamla|det gamla) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:mandatperiod[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|majoritet[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|styre[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|ledning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|kommunledning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|regering[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|politiker[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|ordförande[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)|${DEFENSIVE_SV})(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
    "gu",
  ),
  en: new RegExp(
    String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:our (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:world-class|award-winning) (?:staff|team|crews?|engineers|firefighters|officers|people)|(?:the )?(?:region|county|country|state|nation)['’]s best-performing|shown why we lead|award-winning (?:crews?|team|staff|service)|best-in-the-(?:region|state|county|country|nation)|(?:faster|better|quicker) than any other (?:utility|council|county|city|town|authority|service|department)|our (?:staff|team|crews?|people|water|workers|firefighters|officers) (?:are|is) (?:simply |truly |quite simply )?(?:the best|second to none|among the best|world-class)|among the (?:very )?best in the (?:country|region|state|nation|world)|few (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:in the country )?could have (?:done|handled|managed)|(?:the )?(?:best|most|fastest|safest)[- ](?:prepared|run|managed|resilient|organised|organized|responsive) (?:council|city|town|county|authority|borough|district|utility|company|provider|service|department)|(?:the )?(?:best|fastest|strongest) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?in the (?:region|county|country|state|nation)|best-run (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?in the province|far ahead of (?:the )?(?:other|private|neighbouring|neighboring|surrounding)|better than (?:the )?(?:other|neighbouring|neighboring|surrounding) (?:councils|towns|authorities|cities|counties)|no other (?:council|city|town|county|authority|borough|district)|no other (?:utility|company|provider|service|department) (?:could|would|can) have|(?:once again|yet again) (?:shown|proved|proven|demonstrated) (?:that )?(?:we|it|the council)|leads? the (?:county|region|country|nation) in|unlike (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,4}?(?:the )?(?:previous|last|former|old) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:administration|leadership|council|government|majority|mayor|term|regime)|${DEFENSIVE_EN})(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
    "gu",
  ),
};

const SELF_PRAISE_GATE: Record<string, RegExp> = {
  sv: /länets|landets|sveriges|regionens|nordens|europas|ingen annan|visat|till skillnad|bäst|snabbast|starkast|bättre än|fantastisk|överlägsn|klarat|föredömlig|enastående|exemplarisk|mäta sig|världsklass|utan oss|annorlunda|rätt|korrekt|jobbet|jobb|arbete|ursäkt|varenda/u,
  en: /best|most|fastest|safest|strongest|better than|no other|far ahead|once again|yet again|lead|unlike|second to none|world-class|could have|award-winning|than any other|best-performing|why we lead|differently|right|correctly|by the book|apologi|reflect the|job|work|contrary to/u,
};

export const IM12: Rule = {
  id: "IM12",
  principle: "impartial",
  name: "the sender praises itself",
  severity: "error",
  points: 25,
  repeat: 10,
  cap: 35,
  languages: ["sv", "en"],
  check(a) {
    // One boast, one finding: "har återigen visat att vi är länets bästa" matches twice.
    return findingsForMatches(firstPerSentence(gatedHits(a, SELF_PRAISE, SELF_PRAISE_GATE, QUOTED)), (h) => ({
      message: t(`${q(h.hit.text)}: avsändaren berömmer sig själv.`, `${q(h.hit.text)}: the sender praises itself.`),
      suggestion: t(
        "Säg vad som görs och vad det betyder för mottagaren, utan jämförelser till egen fördel.",
        "Say what is being done and what it means for the reader, without comparisons in your own favour.",
      ),
    }));
  },
};

// "Hot, även sådana som görs på skämt, är allvarliga": naming a joke is not making one (ninth round).
function namesAJoke(h: LexHit): boolean {
  return (
    /^skämt/u.test(h.hit.text.toLowerCase()) &&
    /(?:på|som) (?:ett )?$/u.test(h.field.lower.slice(Math.max(0, h.hit.start - 8), h.hit.start))
  );
}

export const IM9 = wordRule(
  "IM9",
  "mockery or joke",
  (a) => a.lex?.mockery ?? null,
  "error",
  [30, 10, 40],
  (w) =>
    t(
      `${w} hånar eller skämtar: i en kris tappar myndigheten förtroende av det.`,
      `${w} mocks or jokes: in a crisis it costs the authority trust.`,
    ),
  t(
    "Bemöt sakligt, utan omdömen om dem som sprider eller tror på uppgiften.",
    "Answer with the facts, without judging those who spread or believe the claim.",
  ),
  namesAJoke,
);

/** Mockery or a joke made in the text (IM9's hits; AU23 reads them as a tone readers may misread). */
export function mockeryHits(a: Analysis): readonly LexHit[] {
  return lexHits(a, a.lex?.mockery ?? null, QUOTED).filter((h) => !namesAJoke(h));
}

const NOT_LETTER = /[^A-Za-zªµºÀ-ÖØ-öø-ɏ]/gu;
const NOT_UPPER = /[^\p{Lu}]/gu;
const WEATHER_PRODUCT_TIME = /(?<!\d)\d{3,4} (?:AM|PM) [A-Z]{3}(?![A-Za-z])/u;
const WEATHER_PRODUCT_HEAD =
  /(?:NATIONAL WEATHER SERVICE|PRECAUTIONARY\/PREPAREDNESS ACTIONS|HAZARD\.\.\.|IMPACT\.\.\.|\.\.\.[A-Z ]+ (?:WARNING|WATCH|ADVISORY) (?:REMAINS IN EFFECT|IN EFFECT|IS CANCELLED|HAS BEEN ISSUED))/u;
const SHOUTED_SHARE = 0.6; // of the letters: a text mostly in capitals, not a word or two

const LONG_WORD = /[A-Za-zªµºÀ-ÖØ-öø-ɏ]{4,}/gu;
/** Words of alarm, not of information: a catastrophe, chaos, panic, deadly, life-threatening danger. */
const ALARM_WORD =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:katastrof[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*kaos[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|panik[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|dödlig[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|livsfar[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|skräck[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|catastroph[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|chaos|chaotic|panic[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|deadly|lethal|killer|nightmare|horror[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|terrifying)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
function shoutedTitle(title: string): boolean {
  const letters = title.replace(NOT_LETTER, "");
  if (letters.length < 12 || letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return false;
  if (WEATHER_PRODUCT_TIME.test(title) || WEATHER_PRODUCT_HEAD.test(title)) return false;
  return (title.match(LONG_WORD) ?? []).length >= 2;
}

/**
 * Where the text shouts in capitals as a whole: a headline in capitals with an alarm word, or a text mostly in
 * capitals (IM10; AU23 reads the same capitals as hard to read). Null when it does not.
 */
export function shoutedText(a: Analysis): "title" | "text" | null {
  // A headline in capitals with an alarm word is an alarm (seventh round), as capitals with a row of exclamation
  // marks are (IM4): "KATASTROFLÄGE I ÅSEDA – VATTNET KAN VARA DÖDLIGT". Capitals alone are not: the VMA's
  // "VIKTIGT MEDDELANDE TILL ALLMÄNHETEN" and a weather product's name are written so on purpose.
  if (!a.isVma && shoutedTitle(a.title.text) && ALARM_WORD.test(a.title.lower)) return "title";
  // Most texts have no shouting at all (IM5's spans, computed once): then there is nothing to count.
  if (!a.fields.some((f) => a.memo(`caps:${f.name}`, () => capsSpans(f)).some((c) => c.kind === "shout"))) return null;
  return a.memo("shoutedText", () => {
    let upper = 0;
    let letters = 0;
    for (const f of a.fields) {
      letters += f.text.replace(NOT_LETTER, "").length;
      upper += f.text.replace(NOT_UPPER, "").length;
    }
    if (letters < 20 || upper / letters < SHOUTED_SHARE) return null;
    // A weather-service product keeps its teletype capitals ("… REMAINS IN EFFECT UNTIL 800 PM EDT …"): the issuing
    // office's format, with its clock-and-zone times and section heads, is not a duty officer shouting.
    if (a.fields.some((f) => WEATHER_PRODUCT_TIME.test(f.text) && WEATHER_PRODUCT_HEAD.test(f.text))) return null;
    return "text";
  });
}

export const IM10: Rule = {
  id: "IM10",
  principle: "impartial",
  name: "the whole text in capitals",
  severity: "error",
  points: 30,
  repeat: 0,
  cap: 30,
  check(a) {
    const shouted = shoutedText(a);
    if (shouted === "title")
      return [
        {
          span: span("title", 0, a.title.text.length),
          message: t(
            "Rubriken är skriven med versaler: den läses som att skrika och är svårare att läsa.",
            "The headline is in capitals: it reads as shouting and is harder to read.",
          ),
          suggestion: t(
            "Skriv rubriken med vanliga bokstäver och låt den säga det viktigaste.",
            "Write the headline in normal case and let it say the most important thing.",
          ),
        },
      ];
    if (shouted === null) return [];
    return [
      {
        message: t(
          "Texten är skriven med versaler: den läses som att skrika, är svårare att läsa och skärmläsare kan bokstavera den.",
          "The text is in capitals: it reads as shouting, is harder to read, and screen readers may spell it out.",
        ),
        suggestion: t(
          "Skriv med vanliga bokstäver och sätt det viktigaste först.",
          "Use normal case and put the most important point first.",
        ),
      },
    ];
  },
};
