/**
 * OP11: a decision nobody made. "Det har beslutats att skolorna stängs", "Beslut har fattats om …", "It has been
 * decided that …", "A decision has been taken to …": the people it affects cannot tell who decided, whom to ask or
 * who answers for it. Openness means saying who decided and why (MSB; the municipality's guideline: a clear sender
 * for every decision). OP7 notes agentless phrasing in general as a style point; a decision without its decider is
 * the one a communicator always sends back.
 */
import type { Analysis } from "../analysis.js";
import type { Rule } from "../types.js";
import { q, span, t } from "../text/spans.js";
import { gatedHits } from "./helpers.js";

const AGENTLESS: Record<string, RegExp> = {
  sv: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:det har (?:nu )?beslutats|har det (?:nu )?beslutats|beslut har (?:nu )?fattats|det har fattats (?:ett )?beslut|ett beslut har (?:nu )?fattats)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gu,
  en: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:it has (?:now )?been decided|it was decided|a decision has (?:now )?been (?:made|taken|reached)|the decision has (?:now )?been (?:made|taken) to|a decision was (?:made|taken)|(?:a|the) determination has (?:now )?been (?:made|reached))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gu,
};
const GATE = /beslut|decid|decision|determination/u;
/**
 * The decider named in the rest of the sentence: "… av räddningsledaren", "… by our Director of Public Health",
 * whatever follows "av"/"by" (a code review: lower-case roles are deciders too), except a reason ("av säkerhetsskäl").
 */
const BY =
  /^[^.!?]*?(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:av|by) (?!(?:säkerhetsskäl|hänsyn|det skälet|detta skäl|praktiska skäl|flera skäl|skäl)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ]))(?:the |our |vår |vårt |den |det )?[A-Za-zªµºÀ-ÖØ-öø-ɏ]/u;
/** A body that met, named in the sentence or the one before: "Kommunens krisledningsgrupp har sammanträtt …". */
const BODY =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]*(?:nämnd|styrelse|ledningsgrupp|krisledning|ledning)[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*grupp(?:en)?|sammanträ[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|forum|council|committee|board|cabinet|meeting|trust)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/**
 * The decider named after all: in the sentence ("i samråd med länets räddningstjänster", "in consultation with our
 * Superintendent": a real school notice) or anywhere by an active decision ("Myndigheten har fattat beslutet …
 * Beslutet har fattats i samråd med …": a real county notice).
 */
const PARTIES =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:i samråd med|efter samråd med|tillsammans med|in consultation with|together with|after consulting)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const ACTIVE_DECISION =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:har beslutat|hade beslutat|beslutade|har fattat|fattade|tog beslutet|har tagit beslutet|(?:has|have|had) decided|decided to|(?:made|took|has made|has taken|have made|have taken) (?:the|this|a) decision)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/** Where the sentence before this one starts (or this one, for the first). */
function previousStart(field: Analysis["body"], index: number): number {
  return (field.sentences[index - 1] ?? field.sentences[index])?.start ?? 0;
}

export const OP11: Rule = {
  id: "OP11",
  principle: "open",
  name: "a decision nobody made",
  severity: "error",
  points: 30,
  repeat: 0,
  cap: 30,
  languages: ["sv", "en"],
  check(a) {
    if (a.fields.some((f) => ACTIVE_DECISION.test(f.lower))) return [];
    const hit = gatedHits(a, AGENTLESS, { sv: GATE, en: GATE }, { skipQuoted: true, skipQuestions: true }).find(
      (h) =>
        !BY.test(h.field.lower.slice(h.hit.end, h.sentence.end)) &&
        !BODY.test(h.field.lower.slice(previousStart(h.field, h.sentence.index), h.sentence.end)) &&
        !PARTIES.test(h.field.lower.slice(h.sentence.start, h.sentence.end)),
    );
    if (hit === undefined) return [];
    return [
      {
        span: span(hit.field.name, hit.hit.start, hit.hit.end),
        message: t(
          `${q(hit.hit.text)} säger inte vem som har beslutat.`,
          `${q(hit.hit.text)} does not say who decided.`,
        ),
        suggestion: t(
          "Säg vem som beslutade och varför: ”Kommunens krisledning har beslutat att stänga skolorna eftersom …”",
          "Say who decided and why: “The council's emergency committee has decided to close the schools because …”",
        ),
      },
    ];
  },
};
