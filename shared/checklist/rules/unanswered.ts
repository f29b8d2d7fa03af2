/**
 * OP12: an FAQ answer that does not answer its question. "När kan vi dricka vattnet igen?" answered with "Kommunen
 * arbetar intensivt med frågan" tells the caller nothing, and the contact centre reads it out all day. An answer to a
 * question of time gives a time, a condition it depends on, or says honestly that nobody knows yet (MSB: answer the
 * public's questions; CDC CERC: say what you know and what you do not).
 */
import type { Analysis } from "../analysis.js";
import type { Rule } from "../types.js";
import { WEEKDAY_WORD } from "../text/calendar.js";
import { span, t } from "../text/spans.js";

const TIME_QUESTION =
  /^(?:när|hur länge|hur snart|vilken dag|vilken tid|till när|fram till när|when|how long|how soon|until when|what time|what day|by when)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** "När ska jag ringa 112?", "When should I call 999?": asks for the condition, not a time. */
const WHEN_SHOULD =
  /^(?:när (?:ska|skall|bör|behöver|måste) (?:jag|vi|man|du|ni)|when (?:should|must|would) (?:i|we|you|one|people)|when do (?:i|we|you) (?:need|have) to)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** A duration or a standing arrangement answers "how long" and "when": "Ungefär två veckor", "inom 14 dagar",
 * "tills vidare", "dygnet runt", "on your usual collection day". */
const DURATION =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|några|ett par|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|an?) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:minut|timm|dag|dygn|veck|månad|år|minute|hour|day|week|month|year)[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|tills vidare|dygnet runt|24 hours|as usual|som vanligt|usual|ordinarie|until further notice)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/**
 * What the time depends on: the tests, the repair, the weather ("när två prover i rad visar …", "once the repair is
 * finished", "as soon as the results are in"), or a time word the lexicons do not hold ("i eftermiddag", "tonight").
 */
const CONDITION = new RegExp(
  String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:när|så snart|så fort|först när|efter att|tills|once|as soon as|when|after|until) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,4}?(?:prov[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|analys[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|test[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|result[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|sample[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|reparation[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|repair[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|arbete[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|work|ledning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|main|felet|fault|vattnet|water|strömmen|power|vädret|weather|vinden|wind|nivå[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|level[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|smittskydd[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|health|myndighet[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|authorit[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|räddningstjänst[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|fire service|polis[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|police|förbrukning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|consumption|usage|demand|efterfrågan|grundvatten[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|groundwater|reservoar[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|reservoirs?|läget|situation[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)|beror på|depends on|i (?:eftermiddag|kväll|natt|morgon)|tonight|this (?:afternoon|evening)|overnight|tomorrow|(?:till|i|under|över) helgen|(?:by|over|this) the weekend|this weekend|tidigast|senast|at the (?:earliest|latest)|inom (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:minut|timm|dag|veck|månad)[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|within (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:minute|hour|day|week|month)s?|${WEEKDAY_WORD})(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
  "u",
);

/** Not knowing said in words the honest-unknowns list does not hold ("Vi kan tyvärr inte i dagsläget svara på …"). */
export const UNKNOWN =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:kan|vet) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,4}?inte (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:svara|säga|veta|bedöma)|går (?:ännu |i dag |inte )+att (?:säga|bedöma|svara)|(?:är|är ännu|är fortfarande) (?:oklart|osäkert|inte klart)|för tidigt att (?:säga|bedöma)|can(?:not|['’]t) (?:yet )?(?:say|tell|answer|predict)|(?:do|does) not (?:yet )?know|(?:don|doesn)['’]t (?:yet )?know|not (?:yet )?known|(?:is|remains) unclear|too early to (?:say|tell)|(?:svårt|omöjligt|inte möjligt) att (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:säga|ge|lämna|bedöma|uppskatta|förutse|ange)|(?:difficult|hard|impossible|not possible),? (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ,]+ ){0,8}?to (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,1}?(?:say|give|provide|predict|estimate|tell)|(?:etas?|estimates?|restoration times?|prognos[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|tidsuppskattning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*) (?:are|is|är) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:tough|hard|difficult|uncertain|osäkra|osäker|svåra|svår))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

// Nineteenth round (blind33 studied, a power cooperative's FAQ): "It is very difficult, especially in the early stages
// of storm restoration, to provide reliable estimates" says that no time can be given.
/** "Fråga: När …? Svar: …" pairs in one text, as contact centres paste them. */
const PAIR =
  /(?:^|\n)[ \t]*(?:fråga|question|q|f)[ \t]*:[ \t]*([^\n]*?\?)[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:svar|answer|a|s)[ \t]*:[ \t]*([\s\S]*?)(?=\n[ \t]*(?:fråga|question|q|f)[ \t]*:|$)/giu;

export interface QuestionAndAnswer {
  field: "title" | "body";
  /** The question, lower case. */
  question: string;
  at: number;
  atEnd: number;
  asksTime: boolean;
  /** The answer's range in the body. */
  from: number;
  to: number;
}

/** The text's questions and their answers, found once for OP12 and OP13. */
const QUESTION_LABEL = /^(?:fråga|question|q)\s*[:.]\s*/u;

export function questions(a: Analysis): QuestionAndAnswer[] {
  return a.memo("faqQuestions", () => findQuestions(a));
}

function findQuestions(a: Analysis): QuestionAndAnswer[] {
  const out: QuestionAndAnswer[] = [];
  // "Fråga: Varför fick vi inget VMA?" as the title: the label is not the question (twenty-third round, blind62).
  const title = a.title.lower.trim().replace(QUESTION_LABEL, "");
  if (title.endsWith("?") && a.body.text.trim() !== "")
    out.push({
      field: "title",
      question: title,
      at: 0,
      atEnd: a.title.text.length,
      asksTime: TIME_QUESTION.test(title) && !WHEN_SHOULD.test(title),
      from: 0,
      to: a.body.text.length,
    });
  let paired = false;
  for (const m of a.body.lower.matchAll(PAIR)) {
    paired = true;
    const q = m[1] ?? "";
    const answer = m[2] ?? "";
    const qAt = m.index + m[0].indexOf(q);
    const from = m.index + m[0].length - answer.length;
    out.push({
      field: "body",
      question: q,
      at: qAt,
      atEnd: qAt + q.length,
      asksTime: TIME_QUESTION.test(q) && !WHEN_SHOULD.test(q),
      from,
      to: from + answer.length,
    });
  }
  if (!paired) out.push(...inlineQuestions(a));
  return out;
}

/**
 * Questions written as sentences of the body, each answered by the sentences up to the next question ("Vad har hänt?
 * Kommunens leverantör … Varför fick jag inget sms? Vi använder …"), as FAQ pages are pasted. A question that ends the
 * text, or is followed straight by another, has no answer of its own and is not judged.
 */
function inlineQuestions(a: Analysis): QuestionAndAnswer[] {
  const body = a.body;
  const asked = body.sentences.filter((s) => body.text.slice(s.start, s.end).trimEnd().endsWith("?"));
  const out: QuestionAndAnswer[] = [];
  asked.forEach((s, i) => {
    const next = asked[i + 1];
    const to = next === undefined ? body.text.length : next.start;
    if (body.text.slice(s.end, to).trim() === "") return;
    const question = body.lower.slice(s.start, s.end).trim();
    out.push({
      field: "body",
      question,
      at: s.start,
      atEnd: s.end,
      asksTime: TIME_QUESTION.test(question) && !WHEN_SHOULD.test(question),
      from: s.end,
      to,
    });
  });
  return out;
}

/** Whether the answer in [from, to) of the body gives a time, a condition or says nobody knows yet. */
/** Why no time can be given, said as the law's ground ("med hänsyn till förundersökningssekretessen"): an answer. */
const LEGAL_GROUND =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]*sekretess[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|confidential[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|sub judice|legal reasons|(?:live|ongoing|active) (?:criminal |police )?investigation)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** "Det är en komplex fråga som beror på många olika faktorer" names no condition (impart1 studied). */
const MANY_FACTORS =
  /(?:beror på|depends on) (?:många|flera|en rad|olika|a (?:lot|number) of|many|various|several) (?:olika |different )?(?:faktorer|saker|omständigheter|factors|things|circumstances)/gu;

function answersTime(a: Analysis, from: number, to: number): boolean {
  const body = a.body;
  const text = body.lower.slice(from, to);
  if (text.trim() === "") return true;
  if (LEGAL_GROUND.test(text)) return true;
  const condition = CONDITION.test(text.replace(MANY_FACTORS, " "));
  if (condition || UNKNOWN.test(text) || DURATION.test(text)) return true;
  const keys = ["times", "dates", "relativeTime", "honestUnknowns"] as const;
  return body.sentences.some((s) => s.end > from && s.start < to && keys.some((k) => a.flags(body, k)[s.index] === 1));
}

export const OP12: Rule = {
  id: "OP12",
  principle: "open",
  name: "an answer that does not answer",
  severity: "error",
  points: 30,
  repeat: 0,
  cap: 30,
  kinds: ["faq"],
  languages: ["sv", "en"],
  check(a) {
    const unanswered = questions(a).find((qa) => qa.asksTime && !answersTime(a, qa.from, qa.to));
    if (unanswered === undefined) return [];
    return [
      {
        span: span(unanswered.field, unanswered.at, unanswered.atEnd),
        message: t(
          "Frågan gäller en tid, men svaret ger ingen tid, inget villkor och säger inte att ni inte vet.",
          "The question asks about a time, but the answer gives no time, no condition and does not say you do not know.",
        ),
        suggestion: t(
          "Svara på frågan: ”Tidigast på fredag: två prover i rad måste visa att vattnet är rent.” Eller: ”Det vet vi inte ännu. Vi räknar med besked på torsdag.”",
          "Answer the question: “Friday at the earliest: two tests in a row must show the water is clean.” Or: “We do not know yet. We expect to know on Thursday.”",
        ),
      },
    ];
  },
};

export const ONWARDS =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:read|läs|läsa|visit|besök|besöka|find out|hitta|more information|mer information|call|ring|ringa|contact|kontakta|email|mejla|follow (?:us|@|our|the [A-Za-zªµºÀ-ÖØ-öø-ɏ]+ on)|följ (?:oss|vår|våra|kommunen|[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ på))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** The stock phrases of an answer that talks around the question (twentieth round: "following established procedures"). */
export const TALKS_AROUND =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:top priority|high priority|highest priority|(?:an? )?important part of|take (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:very )?seriously|monitoring (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?closely|work(?:ing)? closely with|keep (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?informed|continue to (?:monitor|work|keep)|committed to|thank you for your (?:patience|understanding)|på största allvar|tar (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?på allvar|arbetar (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?aktivt|högsta prioritet|prioriterar|följer (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:noga|utvecklingen)|en viktig del av|tack för (?:ert|ditt) tålamod|(?:följer|följde) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:gällande |våra |de |fastställda |etablerade |befintliga )?(?:rutiner|riktlinjer)|i enlighet med (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:rutiner|riktlinjer|regler)|follow(?:s|ed)? (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:established|standard|our|agreed|existing) (?:procedures|protocols|guidelines)|in (?:accordance|line) with (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:procedures|protocols|guidelines|policy))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
export const SENDER_AT_WORK = /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:we|vi|our|vår|våra|vårt)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** A question answered by yes or no: "Har mina personuppgifter läckt?", "Are cooling centres open this weekend?". */
const YES_NO =
  /^(?:har|hade|är|kan|får|ska|skall|måste|behöver|finns|gäller|blir|bör|do|does|did|is|are|was|were|can|could|will|would|should|must|has|have|may)\s/u;
/** The words that answer one: yes, no, a negation, what the reader can or may do, a condition, or not knowing. */
export const ANSWERS_YES_NO =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:ja|nej|inte|ej|ingen|inga|inget|aldrig|yes|no|not|never|none|nothing|cannot|(?:du|ni|man|you|we|vi) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:kan|får|bör|behöver|ska|can|may|should|need|must)(?! (?:also |även |gärna )?(?:read|läsa|find|hitta|call|ring|ringa|contact|kontakta|visit|besöka|se|see|follow|följa|sign|anmäla|learn|läs|mejla|email))|om (?!(?:du|ni) har (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?frågor)(?:du|ni|det|man|vattnet)|if(?! you have (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?questions)|unless|beror på|depends|only|endast|bara|uppfyller (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?krav[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|meets? (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?standards|normal (?:hours|service)|as normal|som vanligt)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|n['’]t(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** What such questions ask about: whether a place is open, the water safe, data leaked. The answer must say it. */
const PREDICATES: readonly (readonly [RegExp, RegExp])[] = [
  [
    /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:open|öppe[nt]|öppna)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
    /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:open[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|öpp[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|closed?|closure[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|closing|stäng[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
  ],
  [
    /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:safe|säker|säkert|farlig[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|ofarlig[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|dangerous|harmful)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
    /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:safe[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|säker[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|farlig[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|ofarlig[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|danger[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|harm[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|risk[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)/u,
  ],
  [
    /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:läck[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|leak[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|stulna|stolen|exposed|compromised)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
    /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:läck[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|leak[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|stul[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|stol[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|expos[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|compromis[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|accessed|tagits|taken)/u,
  ],
];

function answersYesNo(a: Analysis, qa: QuestionAndAnswer): boolean {
  const text = a.body.lower.slice(qa.from, qa.to);
  if (text.trim() === "" || ANSWERS_YES_NO.test(text) || UNKNOWN.test(text)) return true;
  // Not knowing said, or what to do said ("Keep children indoors while the smoke is visible"): both answer.
  const honest = a.flags(a.body, "honestUnknowns");
  const told = a.flags(a.body, "instruction");
  const inAnswer = a.body.sentences.filter((s) => s.end > qa.from && s.start < qa.to);
  if (inAnswer.some((s) => honest[s.index] === 1)) return true;
  // An instruction answers; a pointer onwards ("You can read the full plan at …", "Ring oss") does not.
  // The sender's own work ("Each summer we work … to make sure that …") is no instruction to the reader.
  const toReader = (text: string) => !ONWARDS.test(text) && !SENDER_AT_WORK.test(text);
  if (inAnswer.some((s) => told[s.index] === 1 && toReader(a.body.lower.slice(s.start, s.end)))) return true;
  // Only a question about one of the listed states is judged further: the answer must name that state. And only an
  // answer that talks around the question in a communicator's stock phrases is refused: a plain statement ("Test results
  // show the water meets all standards", "Eastmere Library is running as normal") answers in its own words (a code
  // review's counter-examples).
  const asked = PREDICATES.find(([q]) => q.test(qa.question));
  return asked === undefined || asked[1].test(text) || !TALKS_AROUND.test(text);
}

/** OP13: a yes-or-no question the answer talks around ("Är badhuset öppet?" answered with the heatwave plan). */
export const OP13: Rule = {
  id: "OP13",
  principle: "open",
  name: "a yes-or-no question not answered",
  severity: "error",
  points: 30,
  repeat: 0,
  cap: 30,
  kinds: ["faq"],
  languages: ["sv", "en"],
  check(a) {
    const unanswered = questions(a).find((qa) => !qa.asksTime && YES_NO.test(qa.question) && !answersYesNo(a, qa));
    if (unanswered === undefined) return [];
    return [
      {
        span: span(unanswered.field, unanswered.at, unanswered.atEnd),
        message: t(
          "Frågan går att besvara med ja eller nej, men svaret säger varken ja, nej eller att ni inte vet.",
          "The question can be answered yes or no, but the answer says neither, nor that you do not know.",
        ),
        suggestion: t(
          "Svara först: ”Ja, badhuset är öppet i helgen kl. 10–18.” Eller: ”Det vet vi inte ännu; besked i morgon kl. 12.”",
          "Answer first: “Yes, the cooling centres are open this weekend, 10am to 6pm.” Or: “We do not know yet; we will say by noon tomorrow.”",
        ),
      },
    ];
  },
};
