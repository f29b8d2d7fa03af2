/**
 * Open (öppen): "decisions and considerations explained and motivated, questions answered" (research.md §5, §3.3).
 */
import type { Rule } from "../types.js";
import { contentStems, overlapShare, OVERLAP_SHARE } from "../text/overlap.js";
import { q, span, t } from "../text/spans.js";
import { anyFlag, findingsForMatches, lexHits, mentions, type LexHit } from "./helpers.js";

export const OP1: Rule = {
  id: "OP1",
  principle: "open",
  name: "decision without a reason",
  severity: "warn",
  points: 12,
  repeat: 6,
  cap: 24,
  kinds: ["bulletin", "faq", "correction"],
  languages: ["sv", "en"],
  check(a) {
    const lex = a.lex;
    if (lex === null) return [];
    const seen = new Set<string>();
    const bodyReasons = a.flags(a.body, "reasons");
    const reasonParagraphs = new Set(
      a.body.sentences.filter((s) => bodyReasons[s.index] === 1).map((s) => s.paragraph),
    );
    return findingsForMatches(lexHits(a, lex.decisions, { skipQuoted: true, skipQuestions: true }), (h) => {
      const key = `${h.field.name}:${h.sentence.index}`;
      if (seen.has(key)) return null;
      seen.add(key);
      const reasons = a.flags(h.field, "reasons");
      const i = h.sentence.index;
      // "Within reach": the same sentence or paragraph, or the sentence just before or after.
      const explained =
        h.field.name === "title"
          ? reasons[i] === 1 || anyFlag(bodyReasons)
          : reasonParagraphs.has(h.sentence.paragraph) || reasons[i - 1] === 1 || reasons[i + 1] === 1;
      if (explained) return null;
      return {
        message: t(`Beslutet ${q(h.hit.text)} saknar motivering.`, `The decision ${q(h.hit.text)} is not explained.`),
        suggestion: t(
          "Säg varför: ”… eftersom provsvaren visar bakterier i vattnet.”",
          "Say why: “… because tests found bacteria in the water.”",
        ),
      };
    });
  },
};

export const OP2: Rule = {
  id: "OP2",
  principle: "open",
  name: "unknowns not acknowledged",
  severity: "warn",
  points: 10,
  repeat: 0,
  cap: 10,
  kinds: ["bulletin", "faq"],
  languages: ["sv", "en", "fi"],
  check(a) {
    const facts = a.context.facts ?? [];
    const open = facts.filter((f) => f.status === "unconfirmed");
    if (open.length === 0 || a.isClosure) return [];
    if (mentions(a, a.lex?.honestUnknowns ?? null, { skipQuoted: true })) return [];
    return [
      {
        message: t(
          `Lägesbilden har ${open.length} obekräftade uppgifter, men meddelandet säger inte vad som ännu inte är känt.`,
          `The facts register has ${open.length} unconfirmed item(s), but the message does not say what is not yet known.`,
        ),
        suggestion: t(
          "Säg vad ni inte vet ännu: ”Vi vet ännu inte orsaken. Vi återkommer när vi vet mer.”",
          "Say what you do not know yet: “We do not yet know the cause. We will update you when we know more.”",
        ),
      },
    ];
  },
};

export const OP3: Rule = {
  id: "OP3",
  principle: "open",
  name: "says what is not yet known (credit)",
  severity: "info",
  points: -5,
  repeat: 0,
  cap: 5,
  languages: ["sv", "en", "fi"],
  check(a) {
    const hit = lexHits(a, a.lex?.honestUnknowns ?? null, { skipQuoted: true })[0];
    if (hit === undefined) return [];
    return [
      {
        span: span(hit.field.name, hit.hit.start, hit.hit.end),
        message: t(
          `Bra: ${q(hit.hit.text)} säger öppet vad som ännu inte är känt.`,
          `Good: ${q(hit.hit.text)} says openly what is not yet known.`,
        ),
      },
    ];
  },
};

const SWEDISH_HINT =
  /[åäö]|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:jag|och|är|kan|vad|hur|när|det|ska|får|min|mitt)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;

export const OP4: Rule = {
  id: "OP4",
  principle: "open",
  name: "top question left unanswered",
  severity: "info",
  points: 5,
  repeat: 5,
  cap: 15,
  kinds: ["bulletin"],
  languages: ["sv", "en"],
  check(a) {
    const lex = a.lex;
    const questions = a.context.topQuestions;
    if (lex === null || questions === undefined || questions.length === 0) return [];
    const swedish = a.family === "sv";
    const top = questions
      .map((x, i) => ({ ...x, i }))
      .filter((x) => SWEDISH_HINT.test(x.question) === swedish) // a translation is not scored against the other language's questions
      .sort((x, y) => (y.count ?? 0) - (x.count ?? 0) || x.i - y.i)
      .slice(0, 5);
    const text = `${a.title.lower}\n${a.body.lower}`;
    return top
      .filter((x) => overlapShare(contentStems(x.question, lex.stopwords), text) < OVERLAP_SHARE)
      .map((x) => ({
        message: t(
          `En vanlig fråga till kontaktcenter besvaras inte: ${q(x.question)}.`,
          `A frequent question to the contact centre is not answered: ${q(x.question)}.`,
        ),
        suggestion: t(
          "Svara på frågan i meddelandet, eller länka till svaret.",
          "Answer the question in the message, or link to the answer.",
        ),
      }));
  },
};

const UNCERTAIN = /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:säkert|med säkerhet|for certain|for sure)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

const WILL_TELL_AFTER =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:however|but|men|dock)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,2} (?:we will|we['’]ll|police will|vi kommer att|vi ska|kommer vi att) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:release|publish|provide|share|update|confirm|name|announce|lämna|publicera|meddela|berätta|uppdatera|informera)/u;

/**
 * What follows a refusal that makes it none: questions sent elsewhere ("Vi svarar inte på frågor i kommentarsfältet,
 * ring kontaktcenter", "besvaras inte av kommunen utan av ditt försäkringsbolag", "we don't answer questions here,
 * call …") or answered later at a set time ("förrän i morgon kl. 10"; not "förrän utredningen är klar", which sets none). Sixteenth round, a code review.
 */
const REDIRECTED =
  /^[^.!?]*?(?:(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:i kommentarsfältet|i kommentarerna|via|per (?:telefon|sms|e-post|mejl)|på (?:telefon|sms|e-post|mejl|webben)|utan (?:av|på|till|hos|hänvisar)|förrän (?:i (?:morgon|kväll|eftermiddag)|kl|klockan|på [A-Za-zªµºÀ-ÖØ-öø-ɏ]+dag|\d)|ring|mejla|kontakta|använd|in the comments|via|by (?:phone|text|email)|instead|call|email|contact|until (?:tomorrow|this (?:afternoon|evening)|\d|[A-Za-zªµºÀ-ÖØ-öø-ɏ]+day))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|besvaras (?:i stället )?av)/u;

export const OP6: Rule = {
  id: "OP6",
  principle: "open",
  name: "refuses to comment",
  severity: "error",
  points: 40,
  repeat: 0,
  cap: 40,
  languages: ["sv", "en", "fi"],
  check(a) {
    // "Vi kan inte säkert säga om …", "we cannot yet say whether …": what is not known, not a refusal (ninth round).
    // "Police will not be making any further comment with regards to this investigation however we will release the
    // names of the deceased once next-of-kin have been advised": a limit with what will come, not a refusal (tenth
    // round, realExtra11).
    const hits = lexHits(a, a.lex?.noComment ?? null, { skipQuoted: true, skipQuestions: true }).filter(
      (h) =>
        !UNCERTAIN.test(h.hit.text.toLowerCase()) &&
        !WILL_TELL_AFTER.test(h.field.lower.slice(h.hit.end, h.sentence.end)) &&
        !REDIRECTED.test(h.field.lower.slice(h.hit.end, h.sentence.end)) &&
        !(
          WITHHOLDING.test(h.hit.text.toLowerCase()) &&
          WITHHELD_FOR_A_REASON.test(h.field.lower.slice(h.sentence.start, h.sentence.end))
        ),
    );
    return findingsForMatches(hits.slice(0, 1), (h) => ({
      message: t(
        `${q(h.hit.text)}: att vägra kommentera lämnar fältet åt rykten.`,
        `${q(h.hit.text)}: refusing to comment leaves the field to rumours.`,
      ),
      suggestion: t(
        "Säg vad ni kan säga, varför ni inte kan säga mer (t.ex. förundersökning) och när ni återkommer.",
        "Say what you can, why you cannot say more (an investigation, privacy) and when you will come back.",
      ),
    }));
  },
};

/**
 * "Polisen lämnar i nuläget inga uppgifter om den gripnes identitet av hänsyn till förundersökningen": withholding
 * with its reason, or a name the law keeps back, is no refusal (eighteenth round, a code review).
 */
const WITHHELD_FOR_A_REASON =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:av |for )?(?:säkerhetsskäl|security reasons|safety reasons)|vem som|vilka som|individual patients?|still being (?:assessed|investigated)|as the damage|av hänsyn till|med hänsyn till|eftersom|på grund av|med anledning av|för att (?:inte )?(?:skydda|försvåra)|förundersökning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|sekretess[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|identitet[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|namn(?:et|en)?|because|due to|out of respect|to protect|so as not to|(?:police|criminal|ongoing) investigation|legal (?:advice|reasons)|confidential[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|privacy|identit(?:y|ies)|identification|next of kin|(?:family|families|relatives) (?:has|have) been (?:told|informed|notified)|coroner|inquest|court|domstol|rättegång[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|families|innan utredningen|before the (?:investigation|inquiry|review)|individual|personal|enskilda|personliga|anhöriga (?:har )?underrättats)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** A notice of what is held back (details, a report, names), not a refusal to speak: a reason given spares it. */
const WITHHOLDING =
  /^(?:(?:we|the council|the company|the trust|i|police)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,2}? (?:won['’]?t|will not|cannot|can['’]?t|are unable to|are not able to|do not|don['’]t) (?:be )?(?:go|going) into|(?:we|the council|the city|the county|the company|the trust|police)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,2}? (?:will not|won['’]t|are not going to|do not intend to) (?:say|confirm|disclose|reveal|tell you|discuss)(?! (?:at this (?:stage|time|point) |yet |now |for now |publicly )?(?:whether|if))|(?:det|detta|den frågan) (?:vill|tänker) |(?:findings|report|review|results|conclusions)|unable to go into|not able to go into|lämnar|(?:we |the [A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:are|is|am|['’]re)(?: not|n['’]t) able to|(?:we|the council|the company|the trust|public health|i)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,2}? (?:won['’]?t|will not|cannot|can['’]?t|are not|aren['’]t)(?: be)? (?:sharing|share|publishing|publish|releasing|release|disclosing|disclose|making public|make public|giving|give|naming|name|revealing|reveal|identifying|identify|confirming|confirm)|(?:kommer|tänker|kan|vill) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?inte (?:att )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:dela|publicera|lämna ut|offentliggöra|släppa|redovisa)|(?:won['’]?t|will not|cannot|can['’]?t|are not|aren['’]t|do not|don['’]t)(?: be)? (?:sharing|share|publishing|publish|releasing|release|disclosing|disclose|making public|make public)|(?:will|would|are|is) not (?:be )?(?:posted|published|made)|(?:will not|won['’]t) (?:be )?(?:giving|providing) (?:any )?further details|(?:not able|unable|cannot|can['’]t|won['’]t|will not) (?:to )?(?:share|say|release|disclose|reveal|tell you|go into|give out)|(?:kan|vill|får|kommer) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?inte (?:att )?(?:gå ut med|dela|berätta|lämna ut|säga)|(?:vi|kommunen|bolaget|förvaltningen) går (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?inte in på|no (?:further |more |additional )?(?:information|details) will be|(?:provsvaren|resultaten|uppgifterna|siffrorna|namnen|halterna|listan|rapporten|mätvärdena) )/u;

/**
 * "Åtgärder har vidtagits", "measures have been taken": the stock sentence that reports action and names none. With
 * no purpose or list after it ("… to prevent further infection", "…: the main is closed and …") it is an error (the
 * issue's own example; twentieth round: eleven flawed messages, one real one, which names its purpose).
 */
const EMPTY_MEASURES =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:nödvändiga |vissa |olika |relevanta |lämpliga )?åtgärder (?:har|har nu) (?:vidtagits|satts in|genomförts)|har (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?åtgärder (?:vidtagits|satts in|genomförts)|(?:necessary |appropriate |relevant |certain )?(?:measures|steps|actions?|action) (?:have|has) (?:now )?been (?:taken|put in place|implemented)|(?:the |this |that )?(?:issue|matter|problem|incident|cause|concern|smell|situation)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,7}? (?:has|have) (?:now )?been (?:dealt with|handled|taken care of|looked into and (?:dealt with|handled))|(?:orsaken|frågan|saken|ärendet|problemet|incidenten|händelsen|lukten)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,5}? (?:har (?:nu )?(?:utretts och (?:hanteras|hanterats|åtgärdats)|hanterats|omhändertagits)|är (?:nu )?(?:utredd och hanterad|utrett och hanterat|hanterad|hanterat|omhändertagen|omhändertaget)))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const MEASURE_NAMED =
  /^(?:[^.!?]*?(?:för att|i syfte att|genom att|to (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:prevent|protect|stop|reduce|limit|keep|make)|by |such as|including|i form av|bland annat|t\.ex\.|till exempel)|[^.!?]*:|\s*\n\s*[•*–-])/u;
const FIX_TOLD =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:replaced|repaired|fixed|found|removed|cleaned|flushed|closed|sealed|bytte|byttes|lagade|lagades|hittade|hittades|reparerade|tätade|tätades|spolade|stängde|tog bort)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** "Följande åtgärder har vidtagits: …", "the following measures": the list follows (a code review). */
const LIST_BEFORE = /(?:följande|the following)\s*$/u;

function noMeasureNamed(h: LexHit): boolean {
  const sentence = h.field.lower.slice(h.sentence.start, h.sentence.end);
  const m = EMPTY_MEASURES.exec(sentence);
  if (m === null) return false;
  if (LIST_BEFORE.test(sentence.slice(0, m.index))) return false;
  // The sentence may end at the phrase, with the list on the lines after it ("Åtgärder har vidtagits\n• …").
  const after = h.field.lower.slice(h.sentence.start + m.index + m[0].length, h.sentence.end + 40);
  if (MEASURE_NAMED.test(after)) return false;
  // "… has been dealt with. Engineers found and replaced a leaking valve.": the fix told next (a review).
  const next = h.field.sentences[h.sentence.index + 1];
  return next === undefined || !FIX_TOLD.test(h.field.lower.slice(next.start, next.end));
}

export const OP7: Rule = {
  id: "OP7",
  principle: "open",
  name: "action without an actor or a content",
  severity: "warn",
  points: 15,
  repeat: 10,
  cap: 30,
  languages: ["sv", "en"],
  check(a) {
    return findingsForMatches(
      lexHits(a, a.lex?.emptyActors ?? null, { skipQuoted: true, skipQuestions: true }),
      (h) => ({
        ...(noMeasureNamed(h) ? { severity: "error" as const, points: 25 } : {}),
        message: t(`${q(h.hit.text)} säger inte vem som gör vad.`, `${q(h.hit.text)} does not say who does what.`),
        suggestion: t(
          "Skriv vem som gör vad: ”Kommunen spolar ledningarna och tar nya prover i dag.”",
          "Say who does what: “The council is flushing the pipes and taking new samples today.”",
        ),
      }),
    );
  },
};
