/**
 * Open (öppen): a mistake admitted with no one who made it (ninth round, blind18 studied). "Misstag har begåtts",
 * "mistakes were made" is the classic non-apology: it concedes the fault and hides who is responsible for it, which
 * is what openness asks a sender to say ("vi skickade beskedet för sent", "we sent the notice too late").
 */
import type { Rule } from "../types.js";
import { q, t } from "../text/spans.js";
import { findingsForMatches, gatedHits } from "./helpers.js";

const AGENTLESS: Record<string, RegExp> = {
  sv: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:misstag|fel|brister|felaktigheter) (?:har )?(?:begåtts|begicks|har gjorts|gjordes|har förekommit|förekom|har uppstått i hanteringen)|det (?:har )?(?:begåtts|gjorts) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:misstag|fel)|(?:fel|felaktiga|felaktigt) beslut (?:hade |har )?(?:fattats|fattades|tagits|togs)|rutiner(?:na)? (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,4}?(?:inte|ej) (?:har |hade )?följts|avvikelser(?:na)? (?:inte|ej) (?:har |hade )?hanterats)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gu,
  en: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:mistakes|errors|failings|failures|lapses) (?:were|have been|had been) made|(?:a )?(?:mistake|error|lapse) (?:was|has been) made|(?:the )?wrong (?:decision|call) (?:was|had been|has been) (?:made|taken)|procedures (?:were|have been|had been) not followed)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gu,
};
const GATE: Record<string, RegExp> = {
  sv: /begåtts|begicks|gjorts|gjordes|skett|skedde|förekom|uppstått|fattats|fattades|tagits|togs|följts|hanterats/u,
  en: /made|taken|followed/u,
};

export const OP9: Rule = {
  id: "OP9",
  principle: "open",
  name: "a mistake admitted with no one who made it",
  severity: "error",
  points: 30,
  repeat: 0,
  cap: 30,
  languages: ["sv", "en"],
  check(a) {
    // Not skipped inside a reported clause: "det bedömdes i efterhand att fel beslut hade fattats" is the sender's own.
    return findingsForMatches(gatedHits(a, AGENTLESS, GATE).slice(0, 1), (h) => ({
      message: t(
        `${q(h.hit.text)} medger ett fel men säger inte vem som gjorde det.`,
        `${q(h.hit.text)} admits a fault but not who made it.`,
      ),
      suggestion: t(
        "Säg vem som gjorde vad och vad ni gör åt det: ”Vi skickade beskedet för sent. Nu …”",
        "Say who did what and what you are doing about it: “We sent the notice too late. Now …”",
      ),
    }));
  },
};
