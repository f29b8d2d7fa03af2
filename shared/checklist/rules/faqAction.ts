/**
 * AC19: an FAQ answer that never says what to do. "Jag har redan druckit kranvattnet. Vad ska jag göra?" answered with
 * when the notice began and when the tests come; "Can I use tap water to make baby formula?" answered with why
 * infants are vulnerable: the caller asked for an action and got background (CDC CERC: tell people what to do; MSB:
 * answer the public's questions). An instruction, a yes or a no, "du kan/bör", a condition or not knowing answers.
 */
import type { Analysis } from "../analysis.js";
import type { Rule } from "../types.js";
import { span, t } from "../text/spans.js";
import { ANSWERS_YES_NO, ONWARDS, SENDER_AT_WORK, UNKNOWN, questions, type QuestionAndAnswer } from "./unanswered.js";

/** What to do, or whether I may: "Vad ska jag göra?", "Kan jag duscha?", "What should I do?", "Can I use …?". */
const ASKS_ACTION =
  /^(?:vad (?:ska|skall|bör|kan|måste|behöver) (?:jag|vi|man|du|ni) göra|vad gör (?:jag|vi|man)|hur (?:ska|bör|gör|kan) (?:jag|vi|man)(?! (?:veta|se|avgöra))|(?:kan|får|ska|bör|måste|behöver) (?:jag|vi|man)(?! (?:bli|få|smittas|drabbas))|what (?:should|do|can|must) (?:i|we|you|people) do|what do (?:i|we) need to do|how (?:do|can|should) (?:i|we)(?! (?:tell|know|find out))|(?:can|may|should|must) (?:i|we)(?! (?:catch|get|be|become))|do (?:i|we) (?:need|have) to|is it (?:ok|okay|safe) (?:for (?:me|us|my [A-Za-zªµºÀ-ÖØ-öø-ɏ]+) )?to)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/**
 * Whether something is dangerous, from someone who may be exposed: "Is the smoke harmful?", "Är det farligt med
 * algblomningen?", and what applies to the asker ("Jag har elberoende utrustning hemma – vad gäller?"). Answered
 * with background and a date for results only, the caller still does not know what to do (twenty-second round: four
 * studied authors, blind51, blind52, blind53, blind56). A yes or a no, or any advice, answers.
 */
const ASKS_RISK =
  /^(?:(?:is|are) (?:the |this |it |my |our )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,5}?(?:harmful|dangerous|toxic|hazardous|unsafe)|is there (?:any |a )?(?:health )?(?:risk|danger)|är (?:det |[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:farlig[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|giftig[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|skadlig[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|hälsofarlig[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)|finns det (?:någon |en )?(?:hälso)?(?:risk|fara))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** A risk question answered by its verdict: "it is harmless", "Det är ofarligt". */
const NOT_DANGEROUS =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:under gränsvärde[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|below (?:the )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:limits?|guidelines?|levels? of concern)|low levels|låga halter|harmless|ofarlig[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|not (?:(?:considered|thought|believed|expected|known) (?:to be )?)?(?:harmful|dangerous|toxic|a risk)|inte (?:(?:bedöms|anses) (?:som |vara )?)?(?:farlig|giftig|skadlig|hälsofarlig)[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|no (?:danger|risk)|ingen (?:fara|risk))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const VERDICT_FIRST = /^\s*(?:svar\s*(?:\([^)]*\))?\s*:\s*)?(?:ja|nej|yes|no)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** Advice given by its verb: "Livsmedelsverket avråder från", "Public Health advises residents … to". */
const ADVICE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:avråd[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|rekommender[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|uppmana[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|advis[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|recommend[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|urg(?:e|es|ed|ing))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const ASKS_WHAT_APPLIES = /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:vad gäller|what applies)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** What happens to the asker: "What happens if I have already eaten …?" asks what to do. */
const ASKS_IF_I =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:what happens if (?:i|we)|vad händer om (?:jag|vi))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** The asker's own condition, not a service of theirs ("min sophämtning" asks about the service). */
const FIRST_PERSON =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:jag (?:har|är|bor|använder)|vi (?:har|är|bor|använder)|mig som|oss som|i (?:have|am|live|use)|we (?:have|are|live|use)|me who|us who)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/**
 * Any subject's modal or permission answers what to do (code review: "Food that has thawed should be thrown away",
 * "Pets can drink tap water as normal", "Det går bra att duscha", "Bevattning … är förbjuden"); a relative clause's or
 * a guess's modal does not ("which can allow bacteria", "vattnet kan ha varit förorenat").
 */
const MODAL_ANSWER =
  /(?<!(?:which|that|who|som|vilket|vilka|and|och|it|den|det|they|de) )(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:should|must|can|may|need to|have to|bör|ska|skall|måste|behöver|kan|får)(?! (?:ha|have|tyda|indicate|allow|cause|orsaka|vara|be (?:a|an|the|irritating|harmful|dangerous|toxic|unpleasant|serious|severe|fatal)|leda|contain|innehålla|carry|produce|bilda|release|give off|irritate|irritera|ge|give)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])| ?\d)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:går (?:bra )?att|det går bra|är (?:förbjuden|förbjudet|förbjudna|tillåten|tillåtet|tillåtna|ok|okej)|(?:is|are) (?:not )?(?:fine|allowed|permitted|ok|okay)|as (?:normal|usual)|som vanligt)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/** Said to the reader: "you should", "du kan", "man behöver", "people with … should", "do not"; not "people who may
 * have been exposed" (a description). */
const TO_READER =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:you|du|ni|man|people|everyone|alla|residents|customers|parents|föräldrar|boende) (?:(?!who |som |that |which )[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:should|must|need to|can|may|have to|bör|ska|skall|måste|behöver|kan|får)|(?:don['’]t|do not|never|avoid|undvik|aldrig))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

const MORE_INFO =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:mer information|more information|läs mer|read more|för frågor|for questions|updates)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** The first word of a sentence, past bullets and numbering. */
const firstWord = (sentence: string): string =>
  /[A-Za-zªµºÀ-ÖØ-öø-ɏ]+/u.exec(sentence.replace(LEADING_TIME, ""))?.[0] ?? "";
/** A time before the instruction: "Until then, keep children and dogs out of the water" (a code review). */
const LEADING_TIME = /^\s*(?:until then|in the meantime|meanwhile|tills dess|under tiden|fram till dess),?\s*/u;

function saysWhatToDo(a: Analysis, qa: QuestionAndAnswer): boolean {
  const text = a.body.lower.slice(qa.from, qa.to);
  const risk = ASKS_RISK.test(asking(qa.question));
  // "Är röken farlig?" answered "Hur mycket rök som når Tallhed beror på vinden": a risk question is answered by its
  // verdict or by advice, not by "it depends" (twenty-third round, blind62 studied).
  if (text.trim() === "" || (!risk && ANSWERS_YES_NO.test(text)) || UNKNOWN.test(text) || ADVICE.test(text))
    return true;
  // "Nej. Provsvaren visar …", "Yes. Floodwater is often contaminated …": the verdict said first (a code review).
  if (risk && (NOT_DANGEROUS.test(text) || VERDICT_FIRST.test(text))) return true;
  const honest = a.flags(a.body, "honestUnknowns");
  const imperatives = a.lex?.imperatives;
  return a.body.sentences.some((s) => {
    if (s.end <= qa.from || s.start >= qa.to) return false;
    if (honest[s.index] === 1) return true;
    const sentence = a.body.lower.slice(s.start, s.end);
    // An instruction that opens the sentence answers, a call included ("Ring 112.", "Call the backup number"), unless
    // it only points to more information ("For more information, call …" opens with no verb).
    if (imperatives?.has(firstWord(sentence)) === true && !MORE_INFO.test(sentence)) return true;
    // A pointer onwards ("Aktuell information finns på …", "call us") or the sender's own work is no answer.
    if (ONWARDS.test(sentence) || SENDER_AT_WORK.test(sentence)) return false;
    // Not the instruction flag: "A boil water notice is issued when …" reads as "boil" to it.
    return imperatives?.has(firstWord(sentence)) === true || TO_READER.test(sentence) || MODAL_ANSWER.test(sentence);
  });
}

/** The asking part of a question that opens with context: "Jag har redan druckit vattnet. Vad ska jag göra?" */
const asking = (question: string): string => question.split(/[.!]\s+/u).pop() ?? question;

function asksForAction(question: string): boolean {
  const ask = asking(question);
  return (
    ASKS_ACTION.test(ask) ||
    ASKS_RISK.test(ask) ||
    ASKS_IF_I.test(ask) ||
    (ASKS_WHAT_APPLIES.test(ask) && FIRST_PERSON.test(question.replace(ASKS_WHAT_APPLIES, " ")))
  );
}

export const AC19: Rule = {
  id: "AC19",
  principle: "active",
  name: "an FAQ answer that never says what to do",
  severity: "error",
  points: 30,
  repeat: 0,
  cap: 30,
  kinds: ["faq"],
  languages: ["sv", "en"],
  check(a) {
    const unanswered = questions(a).find((qa) => asksForAction(qa.question) && !saysWhatToDo(a, qa));
    if (unanswered === undefined) return [];
    return [
      {
        span: span(unanswered.field, unanswered.at, unanswered.atEnd),
        message: t(
          "Frågan gäller vad man ska eller får göra, men svaret säger det inte.",
          "The question asks what to do or whether one may, but the answer does not say.",
        ),
        suggestion: t(
          "Svara med handlingen först: ”Du behöver inte göra något om du mår bra. Får du magbesvär, ring 1177.”",
          "Lead with the action: “If you feel well, you do not need to do anything. If you get stomach symptoms, call 111.”",
        ),
      },
    ];
  },
};
