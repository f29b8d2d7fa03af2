/**
 * Impartial (opartisk): people blamed by the frame, not by a blame word (ninth round, blind15 and blind16 studied).
 * A crisis message says what happened and what is done; it does not hand the reader a culprit:
 * - the cause pinned on a person by their role or age ("Branden orsakades av den 40-årige hyresgästen", "the fire
 *   was started by a tenant"), however neutral the words;
 * - the fault underlined ("trots upprepade påpekanden", "despite repeated warnings");
 * - a group singled out in a cleft ("Det är turisterna från storstäderna som inte kan hålla sig …") or by what they
 *   always or never do ("the summer-house owners who never trim their trees");
 * - us against them and the taunt ("the rest of us", "Maybe this time they'll learn").
 * The police's classification of an offence under investigation is not blame, nor is a rumour described.
 */
import type { Rule } from "../types.js";
import { q, t } from "../text/spans.js";
import { findingsForMatches, firstPerSentence, gatedHits, type LexHit } from "./helpers.js";

export const PERSON_SV = String.raw`(?:\d+-årig[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|hyresgäst[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|ägare[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|ägaren|fastighetsägare[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|grann[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|förare[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|föraren|mannen|kvinnan|pojk[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|flick[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|ungdom[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|tonåring[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|entreprenör[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|anställd[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|personen|boende|turist[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|besökar[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|sommargäst[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|husägare[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|villaägare[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)`;
export const PERSON_EN = String.raw`(?:\d+-year-old|tenants?|residents?|owners?|homeowners?|landlords?|neighbou?rs?|drivers?|man|woman|teenagers?|youths?|contractors?|employees?|visitors?|tourists?|campers?|holidaymakers?)`;

const BLAME_FRAME: Record<string, RegExp> = {
  sv: new RegExp(
    String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:orsakades|startades|förorsakades|anlades) av (?:den |det |en |ett |de |våra |vår )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?${PERSON_SV}|trots (?:upprepade|flera|många|tidigare|våra|\d+|två|tre|fyra|fem) (?:påpekanden|varningar|uppmaningar|tillsägelser|påminnelser)|till (?:er|alla|dig|de|dem) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?som (?:trots|fortfarande|aldrig|envisas)|oppositionens (?:förslag|nedskärningar|beslut|budget|politik)|(?:den )?förra (?:majoritetens|styrets|kommunledningens) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:beslut|nedskärningar|politik|förslag)|det är (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?[A-Za-zªµºÀ-ÖØ-öø-ɏ]+(?:arna|erna|orna|rna) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?som (?:inte|aldrig|alltid|struntar|slarvar|har orsakat|orsakat|har ställt till|ställt till|har förstört|förstört|har gjort det här|gjort det här)|det är (?:de|dom|ni) som (?:har )?(?:tömt|orsakat|förstört|ställt till|struntat|slarvat|överbelastat)|samma gäng (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?som|(?:vi )?andra (?:får|fick|måste) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:städa|betala|ta hand om|lida)|kanske (?:lär|förstår) (?:de|ni) (?:sig )?(?:nu|den här gången|till nästa gång))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
    "gu",
  ),
  en: new RegExp(
    String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:caused|started|set) by (?:the |a |an |one |our )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?${PERSON_EN}|despite (?:repeated|several|many|numerous|our|previous|\d+|two|three|four|five) (?:warnings|reminders|requests|notices)|to (?:those|all those|the people|everyone) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?who (?:still|keep|ignore|refuse)|(?:the )?opposition['’]s (?:proposal|cuts|plan|decision|budget|policy)|the rest of us|(?:the )?same (?:group|gang|bunch) of (?:lads|youths|kids|teenagers|boys|young people)|(?:is|are|was|were) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?down to (?:the )?(?:people|residents|households|those|visitors|tourists|owners|homeowners|landlords|drivers|campers)|think (?:the )?rules (?:don['’]t|do not) apply to them|(?:maybe|perhaps) (?:this time |now |next time )?they['’]ll learn|(?:maybe|perhaps) (?:this time |now |next time )?they will learn)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
    "gu",
  ),
};
const GATE: Record<string, RegExp> = {
  sv: /orsakades|startades|förorsakades|anlades|trots|det är|andra|kanske|till er|till alla|oppositionens|förra|samma gäng/u,
  en: /caused by|started by|set by|despite| who |rest of us|learn|down to|apply to them|opposition|same (?:group|gang|bunch)/u,
};
/**
 * A group by what it always or never does ("villaägarna som aldrig klipper sina häckar", "the tourists who never
 * listen"). Apart from the frame behind its own gate: a word read from its first letter is tried at every word of a
 * text, which made the frame cost several times as much on a long one.
 */
const GROUP_HABIT: Record<string, RegExp> = {
  sv: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])[A-Za-zªµºÀ-ÖØ-öø-ɏ]+(?:arna|erna|orna|rna) som (?:aldrig|alltid) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:struntar|slarvar|bryr|lyssnar|sköter|tar hand|klipper|följer)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gu,
  en: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])[A-Za-zªµºÀ-ÖØ-öø-ɏ]+s who (?:never|always|refuse to|can['’]t be bothered|couldn['’]t be bothered)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gu,
};
const GROUP_HABIT_GATE: Record<string, RegExp> = {
  sv: /som (?:aldrig|alltid)/u,
  en: /s who (?:never|always|refuse|can['’]t|couldn['’]t)/u,
};
/**
 * Tenth round (blind26 studied): the public talked down to ("Det är tråkigt att så många inte klarar att följa de enkla
 * regler som gäller", "too many people still can't follow simple rules") or the cause pinned on residents ("Stoppet
 * beror på att de boende i området spolat ner våtservetter"). Its own expression behind its own literal gate: the
 * frame above runs on most texts, and this one would cost it a scan at every letter.
 */
const TALKED_DOWN: Record<string, RegExp> = {
  sv: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:så många|många|vissa|en del|somliga) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?inte (?:klarar|kan|orkar|förmår|lyckas) (?:av )?(?:att )?(?:följa|hålla sig till|respektera)|beror på att (?:de |våra )?(?:boende|invånar[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|hushåll[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|abonnent[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|kunder[A-Za-zªµºÀ-ÖØ-öø-ɏ]*) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,5}?(?:spolat|slängt|hällt|struntat|ignorerat|missat|inte följt))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gu,
  en: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:so many|many|some|too many) (?:people|residents|of you) (?:still )?(?:can['’]t|cannot|fail to|don['’]t|do not|refuse to) (?:seem to |be bothered to )?(?:follow|respect|stick to)|(?:is|was) (?:caused by|down to) (?:residents|people|households|customers) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,4}?(?:flushing|pouring|ignoring|dumping))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gu,
};
const TALKED_DOWN_GATE: Record<string, RegExp> = {
  sv: /inte (?:klarar|kan|orkar|förmår|lyckas) (?:av )?(?:att )?(?:följa|hålla|respektera)|beror på att (?:de |våra )?(?:boende|invånar|hushåll|abonnent|kund)/u,
  en: /(?:can['’]t|cannot|fail to|don['’]t|do not|refuse to) (?:seem to |be bothered to )?(?:follow|respect|stick)|(?:caused by|down to) (?:residents|people|households|customers)/u,
};

/** The police's classification or a suspicion under investigation: "misstänks ha orsakats av", "suspected". */
const INVESTIGATED =
  /(?:misstänk[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|förundersökning|utreds|suspect[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|alleged[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|investigat[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|arrested|charged)/u;

export const IM13: Rule = {
  id: "IM13",
  principle: "impartial",
  name: "people blamed by the frame",
  severity: "error",
  points: 25,
  repeat: 10,
  cap: 35,
  languages: ["sv", "en"],
  check(a) {
    // In text order, as when the group's habit was one more alternative of the frame.
    const framed = [
      ...gatedHits(a, BLAME_FRAME, GATE, { skipQuoted: true }),
      ...gatedHits(a, GROUP_HABIT, GROUP_HABIT_GATE, { skipQuoted: true }),
    ].sort((x, y) => fieldOrder(x) - fieldOrder(y) || x.hit.start - y.hit.start);
    const hits = [...framed, ...gatedHits(a, TALKED_DOWN, TALKED_DOWN_GATE, { skipQuoted: true })];
    const fresh = firstPerSentence(
      hits.filter(
        (h) =>
          !INVESTIGATED.test(h.field.lower.slice(h.sentence.start, h.sentence.end)) &&
          // A warning to those who ignore a rule is advice about the law, not blame for what happened.
          a.flags(h.field, "instruction")[h.sentence.index] !== 1,
      ),
    );
    return findingsForMatches(fresh, (h) => {
      return {
        message: t(
          `${q(h.hit.text)} pekar ut människor som skyldiga.`,
          `${q(h.hit.text)} singles people out as the ones to blame.`,
        ),
        suggestion: t(
          "Beskriv vad som hände och vad som görs; orsaken utreds av den som ansvarar för utredningen.",
          "Describe what happened and what is being done; the cause is for those investigating it.",
        ),
      };
    });
  },
};

function fieldOrder(h: LexHit): number {
  return h.field.name === "title" ? 0 : 1;
}
