/**
 * OP14: an FAQ answer to "why" that gives no reason. "Varför fick jag inget sms?" answered with "Vi använder flera
 * kanaler för att nå ut" or "Why did it take so long to warn us?" answered with "Safety was our priority" leaves the
 * caller where they were, and a reason kept back reads as hiding one (MSB: be open about what happened and why; CDC
 * CERC: explain why). "Av driftskäl", "for operational reasons" names no reason.
 */
import type { Analysis } from "../analysis.js";
import type { Rule } from "../types.js";
import { span, t } from "../text/spans.js";
import { questions, TALKS_AROUND, type QuestionAndAnswer } from "./unanswered.js";

const WHY =
  /^(?:varför|hur kommer det sig|vad beror det på|why|how come|what caused|vad orsakade)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/** Reasons the lexicons do not hold: a cause as the subject of a verb, a condition ("issued when …"), a purpose. */
const CAUSE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:så att|so that|in order to|för att (?!inte)|(?:bara|endast|only) (?:till |to |for |för )?(?:dem|de|those|people|customers|residents) (?:som|who)|torn off|blown off|ripped off|collapsed|rasade|rasat|blåste av|storm(?:en|ens|ar|arna|s)?|oväd[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|(?:har |hade )?(?:gjort|gör|gjorde|leder|ledde|lett) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:att|till)|orsak[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|anledning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|skäl[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|beror[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|berodde|när|efter|då|causes?d?|reasons?|led to|leads? to|results? in|when|after|once|since|because|gått sönder|går sönder|trasig[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|haveri[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|fel på|broken|broke down|has failed|failure|damaged|skadad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|läck[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|leak[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|for (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:safety|health|hygiene)|to (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:protect|prevent|avoid|stop|keep|make sure|ensure|reduce|allow|give|let))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/** A reason in name only, unless it is spelt out after a colon ("for technical reasons: a pump failed"). */
const EMPTY_REASON =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:av (?:tekniska |driftmässiga |praktiska |organisatoriska |olika |interna )?(?:skäl|anledningar|orsaker)|av (?:drift|verksamhets)skäl|for (?:operational|technical|practical|organisational|organizational|various|internal) reasons|for reasons beyond our control|av skäl (?:vi|som) inte)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?!\s*[:–—(])/gu;

/**
 * The authority or the rulebook in place of a reason (twenty-first round, blind41, blind42, blind45 and blind47
 * studied: four authors): "in accordance with Chapter 13 of the City Code", "set out in the Winter Service Plan, which
 * was approved by the Cabinet", "at the discretion of the Incident Commander", "Kommunen har följt sina rutiner".
 * Who decided, or under which rule, is not why. Twenty-third round (blind62 and blind64 studied): the rulebook in the
 * present tense ("Räddningstjänsten följer de rutiner … som gäller", "arbetar alltid utifrån gällande rutiner",
 * "we are following all the standard procedures") and the decider's overall picture.
 */
const AUTHORITY_ONLY =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:in accordance with|in line with|as set out in|set out in|as per|under|i enlighet med|i linje med|utifrån) (?:the |our |its |gällande |kommunens |våra |sina |fastställda |etablerade )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ\d]+ ){0,5}?(?:code|plan|policy|regulations?|bylaws?|ordinance|procedures?|process(?:es)?|guidelines|protocols?|rutin(?:en|er|erna)?|riktlinjer(?:na)?|föreskrifter(?:na)?|praxis)(?: för (?:när|hur|vad) [^.!?]*)?|enligt (?:kommunens |våra |gällande |sina |ordinarie |vanliga |normala )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:rutin(?:en|er|erna)?|process(?:en)?|praxis)|(?:following|after) a decision by (?:the )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ'’]+ ){0,2}?(?:council|board|committee|authority|management)|(?:by|av) (?:the )?relevant (?:people|persons|officers|staff|team|authorities)|(?:was|were|is|are|has been) approved by (?:the )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ'’]+ ){0,3}?(?:cabinet|board|council|committee)|voted to|at the discretion of|based on conditions (?:in the field|at the time)|(?:har|hade) följt (?:sina|våra|gällande|de) rutiner|följer (?:alltid )?(?:sina|våra|gällande|de|alla) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?rutiner|(?:are |is |were )?follow(?:s|ed|ing)? (?:all )?(?:the |our )?(?:standard |normal |usual |established |agreed )?(?:procedures|protocols)|utifrån (?:den )?samlade bilden|based on the overall picture)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gu;

/**
 * A reason is often a plain fact ("Varför kan jag inte dricka vattnet? Dricksvattnet innehåller koliforma bakterier"),
 * so only two answers are refused: one whose only reason is a reason in name only, and one with no causal word that
 * talks around the question in a communicator's stock phrases.
 */
const TALKS_AROUND_ALL = new RegExp(TALKS_AROUND.source, "gu");

function givesReason(a: Analysis, qa: QuestionAndAnswer): boolean {
  const answer = a.body.lower.slice(qa.from, qa.to);
  const text = answer.replace(EMPTY_REASON, " ").replace(AUTHORITY_ONLY, " ");
  if (text.trim() === "" || CAUSE.test(text)) return true;
  const reasons = a.flags(a.body, "reasons");
  const honest = a.flags(a.body, "honestUnknowns");
  const inAnswer = a.body.sentences.filter((s) => s.end > qa.from && s.start < qa.to);
  if (inAnswer.some((s) => honest[s.index] === 1)) return true;
  if (text !== answer) return false;
  // Two stock phrases or more: one closing "We take … seriously" after a reason stated as a plain fact is a courtesy
  // (code review); an answer made of stock phrases is the evasion.
  const stock = text.match(TALKS_AROUND_ALL)?.length ?? 0;
  return inAnswer.some((s) => reasons[s.index] === 1) || stock < 2;
}

export const OP14: Rule = {
  id: "OP14",
  principle: "open",
  name: "a why-question with no reason",
  severity: "error",
  points: 30,
  repeat: 0,
  cap: 30,
  kinds: ["faq"],
  languages: ["sv", "en"],
  check(a) {
    const unanswered = questions(a).find((qa) => WHY.test(qa.question) && !givesReason(a, qa));
    if (unanswered === undefined) return [];
    return [
      {
        span: span(unanswered.field, unanswered.at, unanswered.atEnd),
        message: t(
          "Frågan gäller varför, men svaret ger inget skäl (eller bara ”av tekniska skäl”) och säger inte att orsaken är okänd.",
          "The question asks why, but the answer gives no reason (or only “for operational reasons”) and does not say the cause is unknown.",
        ),
        suggestion: t(
          "Ge skälet: ”Sms:et gick bara till fast telefon eftersom …” Eller: ”Vi vet inte ännu varför; utredningen är klar i maj.”",
          "Give the reason: “The alert went only to landlines because …” Or: “We do not know why yet; the review reports in May.”",
        ),
      },
    ];
  },
};

/**
 * OP15: a decision given a reason in name only. "All schools will be closed on Thursday for operational reasons",
 * "Due to operational considerations, the shelter will close at noon": the reader is told there is a reason and not
 * what it is, which reads as one kept back (MSB: explain and motivate decisions). "Av säkerhetsskäl" and "for safety
 * reasons" name a kind of reason and are left to OP1. Twenty-first round: three authors wrote it (blind44, blind50,
 * and blind35 earlier in an FAQ); no real text of the tuning material says it. Twenty-third round (blind64 studied):
 * "Due to circumstances beyond our control, the … clinic … will not go ahead", "stängt … av flera olika skäl".
 * Twenty-seventh round: "på grund av rådande omständigheter" was tried and dropped: a real notice says it after
 * paragraphs of reasons (the back-reference is no name-only reason).
 */
const NAME_ONLY_REASON =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:for|due to) (?:operational|organisational|organizational|internal|practical|logistical|administrative) (?:reasons|considerations|matters)|av (?:driftmässiga|organisatoriska|interna|praktiska|verksamhetsmässiga|logistiska|administrativa) (?:skäl|anledningar|orsaker)|av (?:drift|verksamhets)skäl|(?:due to|owing to|because of) (?:unforeseen )?circumstances beyond our control|(?:due to|owing to|because of) unforeseen circumstances|av flera (?:olika )?(?:skäl|anledningar|orsaker)|på grund av omständigheter (?:som vi inte kan påverka|utanför vår kontroll))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?!\s*[:–—(])/u;

/** A plain fact that is a reason: something broken, needed elsewhere, under repair, or a causal word. */
const SPELT_OUT =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:gått sönder|är trasig[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|behövs|needed|repairs?|reparation[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|sjuk[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|staff shortage|personalbrist|eftersom|därför att|because|since|due to the|på grund av|har flyttats|flyttas|används som|is being used as|has been moved|moved to|damaged|skadad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|storm[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|flood[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|översvämm[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|fire|brand[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|power cut|strömavbrott[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|broken down|broke down|has failed|(?:har )?fallit|fallen|blocked|blockerad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|olycka[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|accident|vägen är avstängd|road is closed)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

export const OP15: Rule = {
  id: "OP15",
  principle: "open",
  name: "a decision given a reason in name only",
  severity: "error",
  points: 25,
  repeat: 0,
  cap: 25,
  kinds: ["bulletin", "sms", "social"],
  languages: ["sv", "en"],
  check(a) {
    for (const f of a.fields) {
      const m = NAME_ONLY_REASON.exec(f.lower);
      if (m === null) continue;
      // The reason given after all, in the same sentence or the next ("… av praktiska skäl. Värmepannan har gått
      // sönder", "… because of water main repairs"): a code review.
      const i = f.sentences.findIndex((s) => s.start <= m.index && m.index < s.end);
      const near = f.sentences
        .slice(i, i + 2)
        .map((s) => f.lower.slice(s.start, s.end))
        .join(" ");
      // The name-only phrase itself ("på grund av omständigheter utanför vår kontroll") is no reason spelt out.
      if (SPELT_OUT.test(near.replace(NAME_ONLY_REASON, " "))) continue;
      return [
        {
          span: span(f.name, m.index, m.index + m[0].length),
          message: t(
            `${f.text.slice(m.index, m.index + m[0].length)}: beslutet får ett skäl till namnet men inget skäl.`,
            `${f.text.slice(m.index, m.index + m[0].length)}: the decision gets a reason in name but no reason.`,
          ),
          suggestion: t(
            "Säg skälet: ”Skolorna är stängda i morgon eftersom värmen har gått sönder i tre av dem.”",
            "Give the reason: “Schools are closed tomorrow because the heating has failed in three of them.”",
          ),
        },
      ];
    }
    return [];
  },
};
