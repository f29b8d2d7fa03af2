/**
 * Failures that break a second principle too. Each is found, and refuses the message, under its own principle; the
 * rules here put a warning on the other gauge it breaks, so the gauges show every principle a communicator would
 * send the text back for, and the writer sees where to mend it:
 * - a text too thin to act on (AC10) that never says what happened tells the public nothing it knows (open); one
 *   with no time at all, neither when it happened nor when more comes, is not fast;
 * - a guess at the cause that points at someone (FA12 on "branden är med all sannolikhet anlagd", "brought in by the
 *   workers at the plant") hands the reader a culprit nobody has found: not impartial either;
 * - an alarmist sentence (IM14: "på väg mot en katastrof") dramatises in place of the facts that would show how
 *   serious it is: not factual either;
 * - a warning that does not say where (FA18) leaves nobody able to tell whether to act; reassurance whose only
 *   advice is to stay calm (FA14: "Du behöver inte vara orolig" reads as an instruction) asks nothing of anyone:
 *   neither is active;
 * - blame (IM1, IM11, IM13: "personalen har slarvat", "started by the same group of lads") states a cause and a
 *   culprit as fact before anyone has investigated: not factual either; nor is a thin text that never says what
 *   happened ("Något har hänt vid Ringby station. Vi återkommer.");
 * - reassurance in place of what is known (FA14: "Det finns ingen anledning till oro") and "an incident" never named
 *   (FA16) keep from the public what the organisation knows, which openness asks it to say.
 * The first rule's check runs once: its result is memoised on the analysis, and the scorer runs the memoised rule.
 */
import type { Analysis } from "../analysis.js";
import { span, t } from "../text/spans.js";
import type { Draft, Rule } from "../types.js";
import { AC10, hasContactRoute } from "./active.js";
import { IM14 } from "./alarm.js";
import { IM13, PERSON_EN, PERSON_SV } from "./blamePeople.js";
import { IM1, IM11 } from "./impartial.js";
import { FA12, FA14 } from "./factualJudgement.js";
import { essentials, FA16, FA18 } from "./substance.js";

/** The rule's check, computed once per analysed text whoever asks first (the scorer or a rule here). */
export function memoisedRule(rule: Rule): Rule {
  return { ...rule, check: (a) => a.memo(`rule:${rule.id}`, () => rule.check(a)) };
}

export const AC10_MEMO = memoisedRule(AC10);
export const FA12_MEMO = memoisedRule(FA12);
export const FA14_MEMO = memoisedRule(FA14);
export const FA16_MEMO = memoisedRule(FA16);
export const FA18_MEMO = memoisedRule(FA18);
export const IM1_MEMO = memoisedRule(IM1);
export const IM11_MEMO = memoisedRule(IM11);
export const IM13_MEMO = memoisedRule(IM13);
export const IM14_MEMO = memoisedRule(IM14);

/**
 * Every rule here is the same kind of note: a warning of 10 points, once, that the failure a base rule refuses also
 * breaks this principle.
 */
function derivedWarning(spec: Pick<Rule, "id" | "principle" | "name" | "kinds" | "languages" | "check">): Rule {
  return { ...spec, severity: "warn", points: 10, repeat: 0, cap: 10 };
}

/** The field and sentence a finding's span starts in. */
function sentenceAt(a: Analysis, at: Draft["span"]) {
  if (at === undefined) return undefined;
  const field = a.fields.find((f) => f.name === at.field);
  const sentence = field?.sentences.find((s) => s.start <= at.start && at.start < s.end);
  return field === undefined || sentence === undefined ? undefined : { field, sentence };
}

/** Whether the rule finds something in this text, under the same kinds and languages the scorer applies it to. */
function fires(rule: Rule, a: Analysis): boolean {
  if (rule.kinds !== undefined && !rule.kinds.includes(a.kind)) return false;
  if (rule.languages !== undefined && (a.family === null || !rule.languages.includes(a.family))) return false;
  return rule.check(a).length > 0;
}

export const OP10 = derivedWarning({
  id: "OP10",
  principle: "open",
  name: "withholds what is known",
  kinds: ["bulletin", "sms", "social"],
  languages: ["sv", "en", "fi"],
  check(a): Draft[] {
    const thinAndNothingSaid = fires(AC10_MEMO, a) && !essentials(a, hasContactRoute).what;
    if (!thinAndNothingSaid && !fires(FA14_MEMO, a) && !fires(FA16_MEMO, a)) return [];
    return [
      {
        message: t(
          "Texten säger inte öppet vad ni vet om det som har hänt: den lugnar, talar om ”händelsen” eller är för tunn.",
          "The text does not say openly what you know of what happened: it reassures, speaks of “the incident” or is too thin.",
        ),
        suggestion: t(
          "Säg vad som har hänt och vad ni vet: ”En vattenledning har gått sönder på Storgatan. Proverna visar …”",
          "Say what happened and what you know: “A water main has burst on High Street. Tests show …”",
        ),
      },
    ];
  },
});

export const FS10 = derivedWarning({
  id: "FS10",
  principle: "fast",
  name: "thin text with no time at all",
  kinds: ["bulletin", "sms", "social"],
  languages: ["sv", "en"],
  check(a): Draft[] {
    if (!fires(AC10_MEMO, a)) return [];
    const e = essentials(a, hasContactRoute);
    if (e.when || e.next) return [];
    return [
      {
        message: t(
          "Texten säger varken när det hände eller när nästa besked kommer.",
          "The text says neither when it happened nor when the next update comes.",
        ),
        suggestion: t(
          "Ange tiden och lova nästa: ”Kl. 09.40 … Nästa uppdatering kommer senast kl. 12.00.”",
          "Give the time and promise the next: “At 9.40 am … Next update by 12 noon.”",
        ),
      },
    ];
  },
});

/**
 * Someone the guess points at, per language (Swedish "man" is "one", not a man): a person by role or age (the people
 * blamePeople.ts knows), "någon"/"someone", staff or workers, or a deed only a person does (arson, sabotage,
 * vandalism, "on purpose"). Read from the guess to the end of its sentence: "Räddningstjänsten arbetar på platsen och
 * branden orsakades troligen av ett elfel" names the crews, not as the cause.
 */
const POINTS_AT: Record<"sv" | "en", RegExp> = {
  sv: new RegExp(
    String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:${PERSON_SV}|någon|personal(?:en)?|arbetare[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|bonden|lantbrukar[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|anlag(?:d|t|da|des)|sabot[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|vandal[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|skadegör[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|med (?:flit|avsikt|vilje)|avsiktlig[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
    "u",
  ),
  en: new RegExp(
    String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:${PERSON_EN}|someone|somebody|staff|workers?|farmers?|arson[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|sabotage[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|vandal[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|deliberate(?:ly)?|on purpose|intentional(?:ly)?)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
    "u",
  ),
};

export const IM15 = derivedWarning({
  id: "IM15",
  principle: "impartial",
  name: "a guess that points at someone",
  languages: ["sv", "en"],
  check(a): Draft[] {
    for (const guess of FA12_MEMO.check(a)) {
      const at = guess.span;
      const found = sentenceAt(a, at);
      if (at === undefined || found === undefined) continue;
      const { field, sentence } = found;
      const pointsAt = a.family === "en" ? POINTS_AT.en : POINTS_AT.sv;
      if (!pointsAt.test(field.lower.slice(at.start, sentence.end))) continue;
      return [
        {
          span: span(field.name, sentence.start, sentence.end),
          message: t(
            "Gissningen om orsaken pekar ut någon som skyldig innan någon har utrett saken.",
            "The guess at the cause points at someone before anyone has found out.",
          ),
          suggestion: t(
            "Säg vad som har hänt och att orsaken utreds: ”Polisen utreder hur branden startade.”",
            "Say what happened and that the cause is being investigated: “Police are investigating how the fire started.”",
          ),
        },
      ];
    }
    return [];
  },
});

export const FA22 = derivedWarning({
  id: "FA22",
  principle: "factual",
  name: "alarm in place of facts",
  languages: ["sv", "en"],
  check(a): Draft[] {
    const alarm = IM14_MEMO.check(a)[0];
    if (alarm === undefined) return [];
    return [
      {
        ...(alarm.span === undefined ? {} : { span: alarm.span }),
        message: t(
          "Larmorden säger hur illa det är utan de uppgifter som visar det.",
          "The alarm words say how bad it is without the facts that show it.",
        ),
        suggestion: t(
          "Ge fakta som visar läget: ”Vattnet har stigit 40 cm sedan i morse; 12 hus på Ågatan är hotade.”",
          "Give the facts that show it: “The river has risen 40 cm since this morning; 12 homes on River Street are at risk.”",
        ),
      },
    ];
  },
});

/** Sentences (by field and index) that hold one of the findings. */
function sentencesOf(a: Analysis, drafts: readonly Draft[]): Set<string> {
  const out = new Set<string>();
  for (const d of drafts) {
    const found = sentenceAt(a, d.span);
    if (found !== undefined) out.add(`${found.field.name}:${found.sentence.index}`);
  }
  return out;
}

/**
 * Whether the text's advice is only to be calm: at least one unfounded reassurance reads as an instruction ("Du
 * behöver inte vara orolig", "Var lugna") and every sentence that reads as an instruction or a decision is one.
 */
function onlyAdviceIsCalm(a: Analysis): boolean {
  const calm = sentencesOf(a, FA14_MEMO.check(a));
  if (calm.size === 0) return false;
  let calmAdvice = false;
  for (const f of a.fields) {
    const instructions = a.flags(f, "instruction");
    const decisions = a.flags(f, "decisions", true);
    for (const s of f.sentences) {
      if (instructions[s.index] !== 1 && decisions[s.index] !== 1) continue;
      if (!calm.has(`${f.name}:${s.index}`)) return false;
      calmAdvice = true;
    }
  }
  return calmAdvice;
}

export const AC12 = derivedWarning({
  id: "AC12",
  principle: "active",
  name: "nothing anyone can act on",
  kinds: ["bulletin", "sms", "social"],
  languages: ["sv", "en"],
  check(a): Draft[] {
    if (fires(FA18_MEMO, a))
      return [
        {
          message: t(
            "Varningen säger inte var den gäller: ingen kan avgöra om rådet gäller just dem.",
            "The warning does not say where it applies: nobody can tell whether the advice is for them.",
          ),
          suggestion: t(
            "Säg var: ”Gäller boende längs Ågatan och Strandvägen i Åsby.”",
            "Say where: “This applies to homes along River Street and Shore Road in Ashby.”",
          ),
        },
      ];
    if (!fires(FA14_MEMO, a) || !onlyAdviceIsCalm(a)) return [];
    return [
      {
        message: t(
          "Det enda rådet är att vara lugn: mottagaren får inget att göra.",
          "The only advice is to stay calm: people are given nothing to do.",
        ),
        suggestion: t(
          "Säg vad mottagaren kan göra: ”Undvik att bada i Lillån tills vidare.”",
          "Say what people can do: “Do not swim in the river until further notice.”",
        ),
      },
    ];
  },
});

export const FA23 = derivedWarning({
  id: "FA23",
  principle: "factual",
  name: "blame stated as fact",
  languages: ["sv", "en"],
  check(a): Draft[] {
    const blame = [IM1_MEMO, IM11_MEMO, IM13_MEMO].find((rule) => fires(rule, a));
    if (blame === undefined) return [];
    const at = blame.check(a)[0]?.span;
    return [
      {
        ...(at === undefined ? {} : { span: at }),
        message: t(
          "Skulden läggs på någon som ett faktum, innan någon har utrett vad som hände.",
          "Blame is laid on someone as a fact, before anyone has found out what happened.",
        ),
        suggestion: t(
          "Säg vad som har hänt och vem som utreder orsaken: ”Polisen utreder hur branden startade.”",
          "Say what happened and who is investigating the cause: “Police are investigating how the fires started.”",
        ),
      },
    ];
  },
});

export const FA24 = derivedWarning({
  id: "FA24",
  principle: "factual",
  name: "thin text that never says what happened",
  kinds: ["bulletin", "sms", "social"],
  languages: ["sv", "en"],
  check(a): Draft[] {
    if (!fires(AC10_MEMO, a) || essentials(a, hasContactRoute).what) return [];
    return [
      {
        message: t(
          "Texten säger inte vad som har hänt: den har inga uppgifter att stå för.",
          "The text does not say what happened: it has no facts to stand by.",
        ),
        suggestion: t(
          "Säg vad som har hänt, var och när: ”En vattenledning har gått sönder på Storgatan i Åsby kl. 09.40.”",
          "Say what happened, where and when: “A water main burst on High Street, Ashby, at 9.40 am.”",
        ),
      },
    ];
  },
});
