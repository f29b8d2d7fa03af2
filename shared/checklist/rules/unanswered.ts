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
  /^(?:när|hur länge|hur snart|vilken dag|vilken tid|till när|fram till när|when|how long|how soon|until when|what time|what day|by when)(?!\p{L})/u;
/** "När ska jag ringa 112?", "When should I call 999?": asks for the condition, not a time. */
const WHEN_SHOULD =
  /^(?:när (?:ska|skall|bör|behöver|måste) (?:jag|vi|man|du|ni)|when (?:should|must|would) (?:i|we|you|one|people)|when do (?:i|we|you) (?:need|have) to)(?!\p{L})/u;
/** A duration or a standing arrangement answers "how long" and "when": "Ungefär två veckor", "inom 14 dagar",
 * "tills vidare", "dygnet runt", "on your usual collection day". */
const DURATION =
  /(?<!\p{L})(?:(?:\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|några|ett par|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|an?) (?:\p{L}+ )?(?:minut|timm|dag|dygn|veck|månad|år|minute|hour|day|week|month|year)\p{L}*|tills vidare|dygnet runt|24 hours|as usual|som vanligt|usual|ordinarie|until further notice)(?!\p{L})/u;

/**
 * What the time depends on: the tests, the repair, the weather ("när två prover i rad visar …", "once the repair is
 * finished", "as soon as the results are in"), or a time word the lexicons do not hold ("i eftermiddag", "tonight").
 */
const CONDITION = new RegExp(
  String.raw`(?<!\p{L})(?:(?:när|så snart|så fort|först när|efter att|tills|once|as soon as|when|after|until) (?:\p{L}+ ){0,4}?(?:prov\p{L}*|analys\p{L}*|test\p{L}*|result\p{L}*|sample\p{L}*|reparation\p{L}*|repair\p{L}*|arbete\p{L}*|work|ledning\p{L}*|main|felet|fault|vattnet|water|strömmen|power|vädret|weather|vinden|wind|nivå\p{L}*|level\p{L}*|smittskydd\p{L}*|health|myndighet\p{L}*|authorit\p{L}*|räddningstjänst\p{L}*|fire service|polis\p{L}*|police)|beror på|depends on|i (?:eftermiddag|kväll|natt|morgon)|tonight|this (?:afternoon|evening)|overnight|tomorrow|tidigast|senast|at the (?:earliest|latest)|inom (?:\p{L}+ ){0,2}?(?:minut|timm|dag|veck|månad)\p{L}*|within (?:\p{L}+ ){0,2}?(?:minute|hour|day|week|month)s?|${WEEKDAY_WORD})(?!\p{L})`,
  "u",
);

/** Not knowing said in words the honest-unknowns list does not hold ("Vi kan tyvärr inte i dagsläget svara på …"). */
const UNKNOWN =
  /(?<!\p{L})(?:(?:kan|vet) (?:\p{L}+ ){0,4}?inte (?:\p{L}+ ){0,3}?(?:svara|säga|veta|bedöma)|går (?:ännu |i dag |inte )+att (?:säga|bedöma|svara)|(?:är|är ännu|är fortfarande) (?:oklart|osäkert|inte klart)|för tidigt att (?:säga|bedöma)|can(?:not|['’]t) (?:yet )?(?:say|tell|answer|predict)|(?:do|does) not (?:yet )?know|(?:don|doesn)['’]t (?:yet )?know|not (?:yet )?known|(?:is|remains) unclear|too early to (?:say|tell)|(?:svårt|omöjligt|inte möjligt) att (?:\p{L}+ ){0,2}?(?:säga|ge|lämna|bedöma|uppskatta|förutse|ange)|(?:difficult|hard|impossible|not possible),? (?:[\p{L},]+ ){0,8}?to (?:\p{L}+ ){0,1}?(?:say|give|provide|predict|estimate|tell))(?!\p{L})/u;

// Nineteenth round (blind33 studied, a power cooperative's FAQ): "It is very difficult, especially in the early stages
// of storm restoration, to provide reliable estimates" says that no time can be given.
/** "Fråga: När …? Svar: …" pairs in one text, as contact centres paste them. */
const PAIR =
  /(?:^|\n)[ \t]*(?:fråga|question|q|f)[ \t]*:[ \t]*([^\n]*?\?)[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:svar|answer|a|s)[ \t]*:[ \t]*([\s\S]*?)(?=\n[ \t]*(?:fråga|question|q|f)[ \t]*:|$)/giu;

interface QuestionAndAnswer {
  field: "title" | "body";
  at: number;
  atEnd: number;
  asksTime: boolean;
  /** The answer's range in the body. */
  from: number;
  to: number;
}

function questions(a: Analysis): QuestionAndAnswer[] {
  const out: QuestionAndAnswer[] = [];
  const title = a.title.lower.trim();
  if (title.endsWith("?") && a.body.text.trim() !== "")
    out.push({
      field: "title",
      at: 0,
      atEnd: a.title.text.length,
      asksTime: TIME_QUESTION.test(title) && !WHEN_SHOULD.test(title),
      from: 0,
      to: a.body.text.length,
    });
  for (const m of a.body.lower.matchAll(PAIR)) {
    const q = m[1] ?? "";
    const answer = m[2] ?? "";
    const qAt = m.index + m[0].indexOf(q);
    const from = m.index + m[0].length - answer.length;
    out.push({
      field: "body",
      at: qAt,
      atEnd: qAt + q.length,
      asksTime: TIME_QUESTION.test(q) && !WHEN_SHOULD.test(q),
      from,
      to: from + answer.length,
    });
  }
  return out;
}

/** Whether the answer in [from, to) of the body gives a time, a condition or says nobody knows yet. */
function answersTime(a: Analysis, from: number, to: number): boolean {
  const body = a.body;
  const text = body.lower.slice(from, to);
  if (text.trim() === "") return true;
  if (CONDITION.test(text) || UNKNOWN.test(text) || DURATION.test(text)) return true;
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
