/**
 * Factual (saklig), text rules: "no speculation or unconfirmed information … without believing, assuming or
 * predicting". Three classes of hedging (research.md §3): unsourced speculation is flagged (FA1, FA2), attributed or
 * labelled estimates are accepted, honest unknowns are rewarded under open (OP3).
 */
import type { Rule } from "../types.js";
import { q, span, t } from "../text/spans.js";
import { safetyForecast } from "./safeForecast.js";
import {
  attributed,
  estimateSentence,
  FIGURES_REPORTED,
  findingsForMatches,
  inOlderEntry,
  lexHits,
  type LexHit,
  type MatchFinding,
} from "./helpers.js";

const QUOTED = { skipQuoted: true, skipQuestions: true } as const;

export const FA1: Rule = {
  id: "FA1",
  principle: "factual",
  name: "unsourced speculation",
  severity: "warn",
  points: 15,
  repeat: 10,
  cap: 40,
  languages: ["sv", "en", "fi"],
  check(a) {
    const lex = a.lex;
    if (lex === null) return [];
    const suggestion = t(
      "Skriv det ni vet, säg vem som bedömer (”Räddningstjänsten bedömer att …”) eller skriv att det ännu inte är känt.",
      "State what you know, name who assesses it (“The fire service estimates …”) or say that it is not yet known.",
    );
    const speculation = (h: LexHit): MatchFinding => ({
      message: t(`${q(h.hit.text)} är spekulation utan källa.`, `${q(h.hit.text)} is speculation without a source.`),
      suggestion,
    });
    const out = findingsForMatches(lexHits(a, lex.hedges, QUOTED), (h) => {
      const i = h.sentence.index;
      if (attributed(a, h.field)(i) || estimateSentence(a, h.field, i)) return null;
      return speculation(h);
    });
    // Precautionary modals ("kan vara förorenat", "there may be smoke") are advice, not speculation (§3.4).
    const modals = findingsForMatches(lexHits(a, lex.modalHedges, QUOTED), (h) => {
      const i = h.sentence.index;
      if (attributed(a, h.field)(i) || estimateSentence(a, h.field, i)) return null;
      if (a.flags(h.field, "instruction")[i] === 1 || a.flags(h.field, "hazards")[i] === 1) return null;
      if (a.flags(h.field, "honestUnknowns")[i] === 1) return null;
      return speculation(h);
    });
    out.push(...modals);
    return out.sort((x, y) => (x.span?.start ?? 0) - (y.span?.start ?? 0));
  },
};

const PRELIMINARY =
  /(?:enligt (?:de )?(?:första|inledande|preliminära) uppgifter|(?:är|rör sig om) (?:inledande|preliminära) uppgifter|uppgifterna kan (?:komma att )?ändras|(?:according to )?(?:initial|early|first|preliminary) reports|details (?:are|may be) (?:preliminary|subject to change)|information (?:is|may be) (?:preliminary|subject to change))/u;

export const FA2: Rule = {
  id: "FA2",
  principle: "factual",
  name: "unconfirmed information",
  severity: "warn",
  points: 15,
  repeat: 10,
  cap: 30,
  languages: ["sv", "en", "fi"],
  check(a) {
    const lex = a.lex;
    if (lex === null) return [];
    const kept = new Set<string>();
    const findings = findingsForMatches(lexHits(a, lex.unconfirmed, QUOTED), (h) => {
      const i = h.sentence.index;
      if (attributed(a, h.field)(i)) return null;
      // Naming a rumour in order to refute it, or saying plainly that something is unconfirmed, is not spreading it.
      if (a.flags(h.field, "verdicts")[i] === 1 || a.flags(h.field, "claimMarkers")[i] === 1) return null;
      if (a.flags(h.field, "honestUnknowns")[i] === 1) return null;
      // Cases reported to the health authority are its statistics, not hearsay: "Sedan mitten av augusti har 102 fall
      // rapporterats", "12 cases were reported this week" (ninth round, blind23 studied).
      if (FIGURES_REPORTED.test(h.field.lower.slice(h.sentence.start, h.sentence.end))) return null;
      if (/^ska\s+ha/iu.test(h.hit.text) && hasReaderPronoun(a, h.field.text.slice(h.sentence.start, h.sentence.end)))
        return null;
      kept.add(h.hit.text.toLowerCase());
      return {
        message: t(
          `${q(h.hit.text)} sprider en obekräftad uppgift.`,
          `${q(h.hit.text)} passes on unconfirmed information.`,
        ),
        suggestion: t(
          "Publicera bara bekräftade uppgifter, ange källan (”enligt polisen”) eller skriv att uppgiften kontrolleras.",
          "Publish only confirmed information, name the source (“according to the police”) or say it is being checked.",
        ),
      };
    });
    // Two different pieces of hearsay make the message a relay of rumours: no longer a detail to check. Unless the
    // text says its details are the first reports and may change (the police's event notices: "Enligt de första
    // uppgifterna … Observera att det är inledande uppgifter"): that is the open way to publish early (tenth round,
    // realExtra11).
    const preliminary = a.fields.some((f) => PRELIMINARY.test(f.lower));
    return kept.size >= 2 && !preliminary ? findings.map((f) => ({ ...f, severity: "error" as const })) : findings;
  },
};

function hasReaderPronoun(a: { lex: { readerPronouns: ReadonlySet<string> } | null }, sentence: string): boolean {
  const pronouns = a.lex?.readerPronouns;
  if (pronouns === undefined) return false;
  for (const w of sentence.toLowerCase().split(/[^A-Za-zªµºÀ-ÖØ-öø-ɏ]+/u)) if (pronouns.has(w)) return true;
  return false;
}

/**
 * The text says the evidence is not in yet: the fault not found, the damage still being assessed, the results
 * awaited. A certain promise beside it is certainty the sender does not have (twentieth round, blind36 and blind38
 * studied: "crews have not yet located the fault … Power will be restored to all customers by 8:00 p.m.").
 */
const EVIDENCE_PENDING =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:provsvar[A-Za-zªµºÀ-ÖØ-öø-ɏ]* (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:väntas|kommer)|luftmätning[A-Za-zªµºÀ-ÖØ-öø-ɏ]* (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:påbörjas|startar|görs)|(?:samples?|tests?) (?:have|has) been sent|(?:we )?expect (?:the )?(?:results?|readings?)|väntar (?:fortfarande )?på (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?svar|(?:prov|prover|proverna|proven|vattenprov[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|luftprov[A-Za-zªµºÀ-ÖØ-öø-ɏ]*) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:analyseras|tas|skickas|har skickats)|vi tar (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?prov[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|svar[A-Za-zªµºÀ-ÖØ-öø-ɏ]* (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:väntas|kommer) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:på |i |under )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+dag|i morgon|nästa vecka|\d)|mätning[A-Za-zªµºÀ-ÖØ-öø-ɏ]* (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:görs inte|startar|påbörjas|pågår)|(?:air(?: quality)?|smoke) monitoring (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:starts?|begins?|is being set up|will (?:start|begin|be set up)|arrives?)|monitoring equipment (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:will arrive|is on its way|arrives)|(?:samples?|tests?) (?:are|is) (?:being|still being) (?:analy[sz]ed|tested|processed|taken)|results will be (?:posted|published|shared|available)|(?:are|is) (?:now |still )?being (?:analy[sz]ed|tested|processed) (?:at|by|in) (?:the |a |an )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:lab|laboratory|laboratories)|väntar (?:fortfarande )?på (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:provsvar|analys[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|resultat[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)|i väntan på (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:prov[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|analys[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|resultat[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)|results? (?:are|is) (?:still )?(?:expected|pending|due)|awaiting (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?results|(?:still|are still) (?:assessing|searching for|investigating|looking for|trying to (?:find|locate))|not yet (?:located|found|been found|known|identified)|have(?:n['’]t| not) (?:yet )?(?:located|found|identified)|vet (?:ännu|fortfarande) inte (?:var|vad|vilken|orsaken)|felsöker|söker (?:fortfarande )?efter felet|(?:utredning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|undersökning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|investigation|inquiry) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,4}?(?:pågår|fortsätter|is (?:still )?(?:under ?way|ongoing|continuing)|continues|remains open))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

const RESULTS_IN =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:provsvar[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|prov(?:er|et|en|erna)?|provresultat[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|analys[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|mätning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|results?|tests?|samples?|monitoring|readings?) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,5}?(?:visar|visade|har visat|shows?|showed|have shown|has shown|confirm(?:s|ed)?|bekräftar|bekräftade|came back (?:clear|negative|normal)|were (?:all )?(?:clear|negative|normal)))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const SAFE_TO_DO =
  /(?:showering|bathing|washing|laundry|flushing|att duscha|att bada|att tvätta|att diska|toalett[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|tvättmaskin[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|, but |, men )/u;
/** The sender promising its own action ("We will definitely write to every household"): no forecast (a code review). */
const OWN_ACTION_BEFORE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:we|vi|the council|kommunen|our (?:team|crews|staff))(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+)? $/u;
/** A sworn forecast of how things turn out ("supplies will definitely last", "are guaranteed to hold"), not a promise
 *  of an act ("every household will definitely get a letter", "you will definitely be able to return"). */
const SWORN_OUTCOME =
  /^(?:will (?:definitely|certainly)|(?:is|are) guaranteed to) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:last|hold|be enough|suffice|be over|be fine|be safe|stay|remain|not (?:flood|reach|run out|fail|be needed))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** A promise sworn to: "…by 6pm today, guaranteed" (a code review: "100 percent" of the pressure swears nothing). */
const SWORN =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:guaranteed|garanterat|garanterar|definitely|definitivt)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** Sampling as routine, not evidence awaited: "Prover tas som vanligt efter en reparation", "as routine". */
const ROUTINE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:som vanligt|rutinmässigt|as (?:a )?routine|routinely|as usual|regelbundet|every (?:day|week))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** A promise of a repair or a return, the kind a fault not found makes uncertain; not a library's opening hours. */
const RESTORATION =
  /restored|back|fixed|repaired|resolved|klar|lagad|lagat|åtgärdad|åtgärdat|tillbaka|återställd|återställt|igång|drickbar|lifted|clear|negative|hävas|fina|rena|godkända/u;
const ABSOLUTE_SAFE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:helt (?:rent|ren|ofarligt?|säkert?(?! att (?:duscha|bada|tvätta))|riskfritt?)|(?:det finns |det är )?(?:ingen|inte någon) risk(?: alls)?(?! för (?:att|spridning|allmänheten|omgivningen|bostäderna))|completely (?:safe|clean|harmless)|totally safe|perfectly safe|absolutely safe|(?:there is )?no risk(?: at all)?(?! of| to the (?:public|wider))|poses? no (?!immediate)(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:health )?risk(?! to (?:the )?(?:public|wider|community))|no health risk|(?:contains|there is) nothing harmful|(?:smoke|water|air|foam) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?is (?:completely |totally )?harmless|(?:det finns |det är )?ingen fara (?:med|för)(?! (?:allmänheten|omgivningen|att (?:duscha|bada|tvätta)))|fully safe|there is no (?:way|chance) (?:that )?(?:the|it|this|our|your) (?![A-Za-zªµºÀ-ÖØ-öø-ɏ]+ to )|no way (?:that )?the [A-Za-zªµºÀ-ÖØ-öø-ɏ]+ could|(?:det är )?uteslutet att (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:har|kan ha) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:förorenats|påverkats|drabbats)|could not (?:possibly )?have been (?:affected|contaminated|reached)|kan (?:omöjligt|inte) ha (?:påverkats|förorenats|drabbats))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

export const FA7: Rule = {
  id: "FA7",
  principle: "factual",
  name: "prediction stated as certain",
  severity: "warn",
  points: 12,
  repeat: 6,
  cap: 24,
  languages: ["sv", "en"],
  check(a) {
    const lex = a.lex;
    if (lex === null) return [];
    // Below the newest entry of a running log the evidence may have come in since (a lifted boil notice's history).
    // Results already in ("Provsvaren visar att vattnet är säkert") back the all-clear, whatever sampling goes on.
    const pending =
      !a.fields.some((f) => RESULTS_IN.test(f.lower)) &&
      a.fields.some((f) => {
        const m = EVIDENCE_PENDING.exec(f.lower);
        if (m === null || inOlderEntry(f, m.index)) return false;
        const sentence = f.sentences.find((s) => s.start <= m.index && m.index < s.end);
        return sentence === undefined || !ROUTINE.test(f.lower.slice(sentence.start, sentence.end));
      });
    const out = findingsForMatches(lexHits(a, lex.certainPredictions, QUOTED), (h) => {
      const i = h.sentence.index;
      if (attributed(a, h.field)(i) || estimateSentence(a, h.field, i)) return null;
      // A sworn prediction ("guaranteed to last until the autumn rains") is no condition (a code review).
      const sworn = SWORN.test(h.hit.text.toLowerCase());
      if (!sworn && (a.flags(h.field, "conditions")[i] === 1 || a.flags(h.field, "hedges")[i] === 1)) return null;
      return {
        // A promise sworn to ("power will be back … by 6pm today, guaranteed", blind57) is certainty the sender
        // does not have, whatever is pending.
        // The restoration may follow the sworn word ("Vattnet kommer garanterat tillbaka i kväll", twenty-seventh round).
        ...(((pending || SWORN.test(h.field.lower.slice(h.sentence.start, h.sentence.end))) &&
          RESTORATION.test(h.field.lower.slice(h.hit.start, Math.min(h.sentence.end, h.hit.end + 40)))) ||
        // The prediction itself sworn to ("supplies will definitely last through the summer", twenty-third round,
        // blind64 studied): certainty no outlook gives.
        (SWORN.test(h.hit.text.toLowerCase()) &&
          !OWN_ACTION_BEFORE.test(h.field.lower.slice(0, h.hit.start)) &&
          SWORN_OUTCOME.test(h.field.lower.slice(h.hit.start, h.sentence.end)))
          ? { severity: "error" as const, points: 25 }
          : {}),
        message: t(
          `${q(h.hit.text)} lovar något om framtiden som om det vore säkert.`,
          `${q(h.hit.text)} states a prediction as if it were certain.`,
        ),
        suggestion: t(
          "Säg vem som bedömer och att det är en prognos: ”Vattenfall beräknar att strömmen är tillbaka ca kl. 18.”",
          "Say who estimates it and that it is a forecast: “The utility expects power back at about 6 pm.”",
        ),
      };
    });
    const forecast = safetyForecast(a);
    if (forecast !== null) return [forecast, ...out];
    if (!pending) return out;
    // "Vattnet är helt rent och det finns ingen risk" while the tests are still out: an all-clear ahead of the
    // evidence (twentieth round, blind38 studied; no real message of the tuning material says both). So is "there is
    // no way the water could have been affected" while the investigation is still under way (twenty-first, blind45).
    for (const f of a.fields) {
      const m = ABSOLUTE_SAFE.exec(f.lower);
      if (m === null) continue;
      // What is safe to do under a boil notice ("Showering and bathing pose no health risk") is advice, not an
      // all-clear (a code review).
      const said = f.sentences.find((s) => s.start <= m.index && m.index < s.end);
      if (said !== undefined && SAFE_TO_DO.test(f.lower.slice(said.start, said.end))) continue;
      // A warned forecast beside it ("Schools will be open as normal") must not hide the all-clear (a code review).
      return [
        ...out.filter((d) => d.severity === "error"),
        {
          severity: "error",
          points: 25,
          span: span(f.name, m.index, m.index + m[0].length),
          message: t(
            `${q(f.text.slice(m.index, m.index + m[0].length))} lovar säkerhet innan provsvaren eller felsökningen är klar.`,
            `${q(f.text.slice(m.index, m.index + m[0].length))} promises safety before the results or the search are in.`,
          ),
          suggestion: t(
            "Säg vad ni vet och vad som väntas: ”Inga bakterier har hittats hittills. Provsvaren kommer på torsdag.”",
            "Say what you know and what is awaited: “No bacteria found so far. Results are due on Thursday.”",
          ),
        },
      ];
    }
    return out;
  },
};

export const FA8: Rule = {
  id: "FA8",
  principle: "factual",
  name: "overclaiming booster",
  severity: "info",
  points: 3,
  repeat: 2,
  cap: 6,
  languages: ["sv", "en"],
  check(a) {
    const lex = a.lex;
    if (lex === null) return [];
    return findingsForMatches(lexHits(a, lex.boosters, QUOTED), (h) => ({
      message: t(
        `${q(h.hit.text)} lovar mer än fakta kan bära.`,
        `${q(h.hit.text)} promises more than the facts can carry.`,
      ),
      suggestion: t("Stryk förstärkningen och låt fakta tala.", "Drop the booster and let the facts speak."),
    }));
  },
};

export const FA9: Rule = {
  id: "FA9",
  principle: "factual",
  name: "assessment without a named assessor",
  severity: "info",
  points: 4,
  repeat: 2,
  cap: 8,
  languages: ["sv", "en"],
  check(a) {
    const lex = a.lex;
    if (lex === null) return [];
    return findingsForMatches(lexHits(a, lex.unnamedAssessor, QUOTED), (h) =>
      attributed(a, h.field)(h.sentence.index)
        ? null
        : {
            message: t(`${q(h.hit.text)}: vem bedömer?`, `${q(h.hit.text)}: who makes this assessment?`),
            suggestion: t(
              "Namnge den som bedömer: ”Smittskyddsläkaren bedömer att …”.",
              "Name the assessor: “The county medical officer estimates …”.",
            ),
          },
    );
  },
};
