/**
 * OP16: a question met with a platitude. "Has my personal data been affected? We take the security of residents' data
 * extremely seriously …", "Till er som frågar hur många som har blivit sjuka: Vi förstår att många är oroliga …", "How
 * long will the notice last? As previously advised, the notice remains in place until further notice": the answer
 * opens with a stock phrase and says nothing of what was asked (MSB: be open, answer the questions people have; CDC
 * CERC: "Be credible", do not answer with reassurance for facts). Twenty-fifth round, impart4 studied: four authors
 * wrote the dodged question in a dozen wordings; the stock openings repeat.
 */
import type { Analysis, FieldText } from "../analysis.js";
import type { Rule } from "../types.js";
import { q, span, t } from "../text/spans.js";
import { questions } from "./unanswered.js";

const PLATITUDE =
  /^(?:(?:svar|answer|a|s)\s*:\s*)?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+,? ){0,3}?(?:we (?:take|treat) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+['’]? ){0,6}?(?:extremely |very |incredibly |really )?seriously|(?:the )?(?:safety|security|wellbeing|health|welfare)(?: of (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+['’]? ){1,4}?)? (?:is|are|will always be|remains|has always been) (?:our )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:highest|top|first|number one|absolute|main) priority|(?:your|the) (?:safety|security|wellbeing|health)(?: of (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+['’]? ){1,4}?)? (?:is|are) paramount|we (?:are|remain) committed to|we understand (?:that )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:worried|concerned|anxious|upset|frustrated)|our thoughts are with|we are doing (?:everything|all) (?:we can|possible)|as (?:we have )?(?:previously|already) (?:advised|communicated|stated|said|explained)|vi tar (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,5}?(?:på (?:största|stort) allvar|mycket allvarligt)|(?:säkerheten|tryggheten|hälsan)(?: för (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){1,4}?)? (?:är|kommer alltid att vara|har alltid varit) (?:vår )?(?:högsta|främsta|viktigaste) prioritet|vi förstår (?:att )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:oroliga|orolig|oro|frustrerade|upprörda)|vi har (?:full |stor )?förståelse för|våra tankar går till|vi gör (?:allt|vad) vi kan|som (?:vi )?(?:tidigare|redan) (?:har )?(?:kommunicerat|meddelat|informerat|sagt)|det är en (?:komplex|komplicerad|svår) fråga)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/** What an answer holds when it answers: a figure, a day, a yes or no, a negation, something open or available, or not
 * knowing said. */
const ANSWERS =
  /\d(?!\/7)|^(?:ja|nej|yes|no)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:inte|not|vet (?:ännu )?inte|don['’]t (?:yet )?know|do not (?:yet )?know|unknown|oklart|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|i dag|idag|i morgon|imorgon|i kväll|available|finns|open|öppe[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|closed|stängd[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|safe to|drickbar[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|polisanmält|reported (?:them|it|this) to)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** The "Svar:" of a pasted FAQ pair is no part of the answer. */
const LABEL = /^(?:svar|answer|a|s)\s*:\s*/iu;
/** A place or a name past the first word: "at the Elm Road car park", "vid Norrby skola". */
const NAMED = /^\S+.*?\s\p{Lu}\p{Ll}/su;

/** A question told, not asked: "Till er som frågar …", "To residents asking why …", "Many of you have asked whether …". */
const REPORTED_QUESTION =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:till (?:er|dig|alla|de|dem) som (?:har )?(?:frågat|frågar|undrar|undrat)|(?:många|flera|en del|några) (?:av er |boende |föräldrar |invånare |kunder )?(?:har )?(?:frågat|frågar|undrar|undrat)|to (?:those|everyone|all|people|residents|parents|customers|[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:residents|parents|customers)) (?:who (?:are |have been )?)?ask(?:ing|ed)|(?:many|some|several) (?:of you |people |residents |parents |customers )?(?:have )?(?:asked|are asking|have been asking|wonder)|you(?:['’]ve| have) (?:been )?ask(?:ed|ing))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/** The first two sentences of an answer, leaving out datelines and questions. */
function answerSentences(a: Analysis, from: number, to: number): { start: number; end: number }[] {
  const body = a.body;
  const out: { start: number; end: number }[] = [];
  for (const s of body.sentences) {
    if (s.end <= from || s.start >= to) continue;
    const start = Math.max(s.start, from);
    const text = body.text.slice(start, s.end).trim();
    if (text === "" || text.endsWith("?") || isDateline(text)) continue;
    out.push({ start, end: s.end });
    if (out.length === 2) break;
  }
  return out;
}

const DATELINE = /\d{1,4}[-./ ]\d{1,2}|\d{4}|kl\.? ?\d|\d ?(?:am|pm)/u;
function isDateline(text: string): boolean {
  return text.split(/\s+/u).length <= 9 && DATELINE.test(text);
}

interface Hit {
  field: FieldText;
  start: number;
  end: number;
}

function platitudeAnswer(a: Analysis): Hit | undefined {
  const body = a.body;
  const ranges = questions(a).map((qa) => ({ from: qa.from, to: qa.to }));
  for (const s of body.sentences) {
    const text = body.lower.slice(s.start, s.end);
    const m = REPORTED_QUESTION.exec(text);
    if (m === null) continue;
    const colon = text.indexOf(":", m.index);
    ranges.push({ from: colon >= 0 ? s.start + colon + 1 : s.end, to: body.text.length });
  }
  for (const { from, to } of ranges) {
    const [first, second] = answerSentences(a, from, to);
    if (first === undefined) continue;
    const opening = body.lower.slice(first.start, first.end).trimStart();
    const m = PLATITUDE.exec(opening);
    if (m === null) continue;
    const answered = [first, second].some(
      (s) =>
        s !== undefined &&
        (ANSWERS.test(body.lower.slice(s.start, s.end).trim().replace(LABEL, "")) ||
          NAMED.test(body.text.slice(s.start, s.end).trim().replace(LABEL, ""))),
    );
    if (answered) continue;
    const start = first.end - opening.length + m.index;
    return { field: body, start, end: start + m[0].length };
  }
  return undefined;
}

export const OP16: Rule = {
  id: "OP16",
  principle: "open",
  name: "a question met with a platitude",
  severity: "error",
  points: 30,
  repeat: 0,
  cap: 30,
  languages: ["sv", "en"],
  check(a) {
    const hit = platitudeAnswer(a);
    if (hit === undefined) return [];
    const text = hit.field.text.slice(hit.start, hit.end);
    return [
      {
        span: span(hit.field.name, hit.start, hit.end),
        message: t(
          `${q(text)}: frågan besvaras med en standardfras, inte med det som frågades.`,
          `${q(text)}: the question is met with a stock phrase, not with what was asked.`,
        ),
        suggestion: t(
          "Svara först på frågan: med en siffra, ett ja eller nej, eller ”Det vet vi inte ännu, för att …”.",
          "Answer the question first: a figure, a yes or no, or “We don't know yet, because …”.",
        ),
      },
    ];
  },
};
