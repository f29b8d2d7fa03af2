/**
 * AC13: a danger met with advice nobody can carry out. "Vidta nödvändiga försiktighetsåtgärder", "Var försiktig och
 * följ myndigheternas råd", "Take appropriate precautions", "Stay safe and use common sense" read as instructions, so
 * AC1 and AC11 count them as one; but they leave the reader to work out what to do, which is the very thing the
 * message is for (MSB's "tala om vad mottagaren ska göra"; CDC CERC: give specific actions). A sentence counts as vague
 * only when all of it is such advice: "Var försiktig i trafiken" or "Be careful near the river" name where, and stay.
 */
import type { Analysis } from "../analysis.js";
import type { Draft, Rule } from "../types.js";
import { span, t } from "../text/spans.js";
import { ROUTE_ONLY } from "./active.js";
import { lexHits } from "./helpers.js";
import { AFFECTED } from "./substance.js";

/** A polite frame before the advice: "Vi uppmanar alla boende att …", "Residents are urged to …", "Please …". */
const FRAME =
  /^(?:(?:vi|kommunen|polisen|räddningstjänsten) (?:vill )?(?:uppmanar|uppmana|ber|rekommenderar|råder) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,4}?att |(?:(?:alla|allmänheten|boende|invånare) |(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?som bor (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){1,3}?)(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ\d]+ ){0,4}?(?:uppmanas|ombeds|rekommenderas) (?:att )?|(?:we )?(?:urge|ask|advise|encourage|remind|recommend) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,4}?to |(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ\d]+ ){0,5}?(?:are|is) (?:being )?(?:urged|asked|advised|encouraged|reminded) to |please )/u;

const VAGUE_SV =
  "(?:vidta|vidtar|att vidta) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:nödvändiga|lämpliga|erforderliga|relevanta|rimliga|alla|de|sedvanliga) (?:försiktighets)?åtgärder(?:na)?" +
  "|(?:var|vara) (?:extra |mycket |särskilt |fortsatt )?(?:försiktig|försiktiga|uppmärksam|uppmärksamma|vaksam|vaksamma|aktsam|aktsamma|beredd|beredda|förberedd|förberedda)" +
  "|iaktta (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?försiktighet|visa (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:försiktighet|aktsamhet)|ta det (?:lugnt och )?försiktigt" +
  "|tänk på (?:din |er |den egna )?säkerhet(?:en)?|använd (?:ditt |ert )?(?:sunt|sunda) förnuft(?:et)?" +
  "|följ (?:myndigheternas|räddningstjänstens|kommunens|polisens|de) (?:råd|anvisningar|rekommendationer|instruktioner)" +
  "|håll (?:dig|er) (?:uppdaterad|uppdaterade|informerad|informerade)|agera (?:ansvarsfullt|förnuftigt|klokt)" +
  "|skydda (?:dig|er)(?: själv| själva)?|ta hand om (?:dig själv|dig|er själva|er|varandra|din hälsa|er hälsa)" +
  "|(?:var|vara) (?:uppmärksam|uppmärksamma|vaksam|vaksamma) på (?:läget|situationen|utvecklingen)" +
  "|håll (?:koll|ett öga) på (?:läget|situationen|utvecklingen|vädret)" +
  "|tänk på det(?: när du planerar (?:dagen|din dag|resan))?|ha det i åtanke|planera (?:din dag )?därefter";
const VAGUE_EN =
  "take (?:all |any |every )?(?:the )?(?:necessary|appropriate|sensible|reasonable|suitable|precautionary|usual|relevant|needed) (?:precautions|steps|measures|action|safety measures)(?: to (?:stay|keep) safe)?" +
  "|take precautions|be (?:extra |very |especially )?(?:careful|cautious|vigilant|alert|aware|prepared|mindful|safe)" +
  "|exercise (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:caution|care)|use (?:your )?(?:common sense|caution|good judg(?:e)?ment)" +
  "|stay (?:safe|alert|vigilant|informed|aware)|remain (?:vigilant|alert|cautious|safe)|act responsibly" +
  "|follow (?:official|the authorities['’]?|local|all|the) (?:advice|guidance|instructions)|keep (?:yourself |yourselves )?(?:safe|informed|up to date)" +
  "|protect yourselves?|take care(?: of (?:yourself|yourselves|your health|each other|one another))?" +
  "|look after (?:yourself|yourselves|each other|one another|your health)" +
  "|be (?:aware|mindful) of (?:the situation|developments|the risks?)" +
  "|keep an eye on (?:the )?(?:situation|developments|conditions|weather|forecast)" +
  "|bear (?:this|that|it) in mind|plan accordingly|plan ahead";
const TRAILER = "(?: (?:hela tiden|alltid|tills vidare|at all times|always|for now|until further notice))?";
const JOIN = "(?:,? (?:och|samt|and|&)|,) ";
const VAGUE_ONLY = new RegExp(
  `^(?:${VAGUE_SV}|${VAGUE_EN})${TRAILER}(?:${JOIN}(?:${VAGUE_SV}|${VAGUE_EN})${TRAILER})*[.!]*$`,
  "u",
);

/** The sentence's advice with its polite frame and closing marks dropped, lower case. */
function advice(sentence: string): string {
  return sentence
    .trim()
    .replace(/[.!]+$/u, "")
    .replace(FRAME, "")
    .trim();
}

/** Whether the whole sentence is vague advice ("Var försiktig och följ myndigheternas råd."). */
export function vagueOnly(sentence: string): boolean {
  return VAGUE_ONLY.test(advice(sentence));
}

/**
 * Help on offer is something to do ("Krisstöd finns i Folkets hus", "a rest centre is open"), and a text that says
 * there is no danger to the public asks nothing more (a code review's counter-examples).
 */
const OFFERED =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:finns (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,4}?(?:i|på|vid|hos|att (?:hämta|få))|(?:är|har) öppe[nt]|öppnar|kan (?:du|ni) (?:få|hämta|ringa|vända)|(?:is|are) (?:now )?(?:available|open)|has opened|have opened|can (?:get|collect|call|contact))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const NO_DANGER =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:ingen|inte någon) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:fara|risk) för (?:allmänheten|tredje man|de boende)|(?:no|not any) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:danger|risk|threat) to (?:the (?:wider )?public|residents|the community))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** Information on offer is a route onwards, not help: "More information about measles is available at 1177.se". */
const INFORMATION =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:information|info|läs mer|read more|updates?|uppdatering[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** A closing pleasantry: said to be kind, not as the advice ("Ta hand om varandra.", "Please take care."). */
const PLEASANTRY =
  /^(?:please )?(?:take care|stay safe|look after (?:each other|one another|yourselves?)|ta hand om (?:varandra|dig|er)|ta det (?:lugnt och )?försiktigt|var rädda om (?:er|dig|varandra)|sköt om (?:er|dig))[.!]*$/u;

function vagueAdviceOnly(
  a: Analysis,
): { field: Analysis["body"]; start: number; end: number; pleasantry: boolean } | null {
  let first: { field: Analysis["body"]; start: number; end: number; pleasantry: boolean } | null = null;
  let allPleasantries = true;
  for (const f of a.fields) {
    const instructions = a.flags(f, "instruction");
    const decisions = a.flags(f, "decisions", true);
    for (const s of f.sentences) {
      if (s.question) continue;
      const text = f.lower.slice(s.start, s.end);
      if (vagueOnly(text)) {
        first ??= { field: f, start: s.start, end: s.end, pleasantry: false };
        if (!PLEASANTRY.test(text.trim())) allPleasantries = false;
        continue;
      }
      if (OFFERED.test(text) && !INFORMATION.test(text)) return null;
      // Anything else the reader is told to do, or a decision that tells them (a road closed, a school shut), is
      // concrete enough: this rule is about the text whose only advice is vague.
      if ((instructions[s.index] === 1 && !ROUTE_ONLY.test(text)) || decisions[s.index] === 1) return null;
    }
  }
  return first === null ? null : { ...first, pleasantry: allPleasantries };
}

/** A danger (smoke, a storm) or an event that is one (a fire, measles): something to protect oneself from. */
function namesDanger(a: Analysis): boolean {
  const options = { skipQuoted: true, skipQuestions: true };
  if (lexHits(a, a.lex?.dangers ?? null, options).length > 0) return true;
  return lexHits(a, a.lex?.hazards ?? null, options).some((h) => !AFFECTED.has(h.hit.text.toLowerCase()));
}

export const AC13: Rule = {
  id: "AC13",
  principle: "active",
  name: "only vague advice on a danger",
  severity: "error",
  points: 30,
  repeat: 0,
  cap: 30,
  kinds: ["bulletin", "sms", "social"],
  languages: ["sv", "en"],
  check(a): Draft[] {
    if (a.isClosure) return [];
    const vague = vagueAdviceOnly(a);
    if (vague === null) return [];
    if (!namesDanger(a) || a.fields.some((f) => NO_DANGER.test(f.lower))) return [];
    return [
      {
        // A closing "Please take care." after a report is a note, not the refusal a real instruction's lack earns.
        ...(vague.pleasantry ? { severity: "warn" as const, points: 10 } : {}),
        span: span(vague.field.name, vague.start, vague.end),
        message: t(
          "Det enda rådet är allmänt (”var försiktig”, ”vidta nödvändiga åtgärder”): mottagaren får inte veta vad den ska göra.",
          "The only advice is general (“be careful”, “take necessary precautions”): people are not told what to do.",
        ),
        suggestion: t(
          "Säg vad som skyddar: ”Stäng fönster och ventilation”, ”Koka vattnet du dricker”, ”Undvik Storgatan”.",
          "Say what protects them: “Close windows and vents”, “Boil tap water before drinking it”, “Avoid High Street”.",
        ),
      },
    ];
  },
};
