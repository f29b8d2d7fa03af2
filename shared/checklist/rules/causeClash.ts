/**
 * FA15, twenty-fourth round: a cause told as known and, elsewhere in the text, as unknown. "Läckan orsakades av att
 * tjälen flyttade på marken … Vi vet ännu inte vad som orsakade läckan", "The outage was caused by a burst main … We
 * still do not know what caused the outage". Both cannot be true of the same thing: the reader cannot tell whether
 * the cause is known. A cause given as likely ("troligen", "probably", "is believed") is a hedge, not a claim; an
 * exact or underlying cause still sought ("the exact cause is unknown") asks a further question.
 */
import type { FieldText, Sentence } from "../analysis.js";
import { keepsDatedUpdates, placesNamed } from "./scope.js";

/** "X orsakades av", "X was caused by": the verb found first, the thing caused among the four words just before. */
const CAUSED: Record<"sv" | "en", RegExp> = {
  sv: / (?:orsakades|orsakas|har orsakats|berodde|beror|utlöstes|startade|började) (?:av|på|genom)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
  en: / (?:was|were|has been|have been|is) (?:caused|started|triggered|sparked) by(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
};
/** The words (letters only) standing right before a position, at most four. */
function wordsBefore(text: string, at: number): { index: number; words: string } {
  const tokens = text.slice(0, at).split(" ");
  let taken = 0;
  let index = at;
  for (let i = tokens.length - 1; i >= 0 && taken < 4; i--) {
    const token = tokens[i] ?? "";
    if (!/^[A-Za-zªµºÀ-ÖØ-öø-ɏ]+$/u.test(token)) break;
    index -= token.length + (taken === 0 ? 0 : 1);
    taken++;
  }
  return { index, words: text.slice(index, at) };
}
/** "Orsaken till läckan är inte känd", "vi vet inte vad som orsakade läckan", "the cause of the outage is unknown". */
const UNKNOWN: Record<"sv" | "en", RegExp> = {
  sv: /(?:orsaken till ((?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?[A-Za-zªµºÀ-ÖØ-öø-ɏ]+) är (?:ännu |fortfarande |i nuläget )?(?:okänd|inte känd|oklar|ännu inte känd|inte klarlagd|inte fastställd)|(?:vi )?vet (?:ännu |fortfarande |i nuläget )?inte (?:vad som (?:orsakade|har orsakat|ligger bakom)|varför) ((?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?[A-Za-zªµºÀ-ÖØ-öø-ɏ]+))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
  en: /(?:(?:the )?cause of (?:the |this )?((?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?[A-Za-zªµºÀ-ÖØ-öø-ɏ]+) (?:(?:is|remains) (?:still |not yet |as yet )?(?:unknown|not (?:yet )?known|unclear)|(?:has|have) not (?:yet )?been (?:established|determined|confirmed|identified))|(?:do not|don't) (?:yet )?know (?:what|why) (?:caused|started|triggered) (?:the |this )?((?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?[A-Za-zªµºÀ-ÖØ-öø-ɏ]+))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
};
const HEDGED =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:whether|if|om|huruvida|asked|frågat|frågar|troligen|troligtvis|sannolikt|förmodligen|kanske|möjligen|misstänk[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|preliminär[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|tros|antas|verkar|kan ha|probably|likely|possibly|may have|might have|could have|believed|suspected|thought|appears|preliminary|initial)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const FURTHER =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:exakta|exakt|närmare|bakomliggande|fullständiga|exact|precise|underlying|root|full|detailed)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const NEGATED = /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:inte|ej|aldrig|not|never|n't)\s+(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?$/u;
/** A cause someone else gives ("posts claiming that the outage was caused by vandalism") is the claim, not ours. */
const CLAIMED =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:påst[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|hävda[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|sägs|säger|rykte[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|inlägg[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|sprids|uppgifter[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|claim[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|say|says|saying|said|rumou?r[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|posts?|reports?|suggest[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|alleg[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

export interface CauseClash {
  field: FieldText;
  sentence: Sentence;
  start: number;
  end: number;
  other: string;
}

const stem = (word: string) => word.slice(0, 5);

/** The unknown told as what was said before ("Earlier today we said we don't know …; engineers have since found"). */
const SAID_BEFORE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:earlier|previously|before|tidigare|förut|sa vi|we said|since|sedan dess)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const ORDINAL = /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:first|second|third|första|andra|tredje) ([A-Za-zªµºÀ-ÖØ-öø-ɏ]+)/gu;
const WHEN =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:i (?:mån|tis|ons|tors|fre|lör|sön)dags|i natt|i går|i morse|i dag|yesterday|last night|this morning|today|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** Named places and roads ("Branden i Norrby", "The leak on Mill Road"): two places are two things. */
const namesIn = (field: FieldText, s: Sentence) => new Set(placesNamed(field.text.slice(s.start, s.end)));

export function causeKnownAndUnknown(fields: readonly FieldText[], language: "sv" | "en"): CauseClash | null {
  if (keepsDatedUpdates(fields)) return null;
  const caused: {
    field: FieldText;
    sentence: Sentence;
    start: number;
    end: number;
    things: Set<string>;
    pronoun: boolean;
  }[] = [];
  const unknown: { text: string; things: Set<string>; sentence: Sentence; field: FieldText }[] = [];
  for (const field of fields)
    for (const s of field.sentences) {
      if (s.question) continue;
      const text = field.lower.slice(s.start, s.end);
      const verb = CAUSED[language].exec(text);
      const c = verb === null ? null : { ...wordsBefore(text, verb.index), end: verb.index + verb[0].length };
      if (
        c !== null &&
        c.words !== "" &&
        !HEDGED.test(text) &&
        !CLAIMED.test(text.slice(0, c.end)) &&
        !NEGATED.test(text.slice(0, c.end - 3))
      ) {
        const start = s.start + c.index;
        // "It was started by …": the pronoun stands for whatever the text is about.
        const pronoun = /(?:^|\s)(?:it|this|det|den|detta)$/u.test(c.words);
        const things = pronoun
          ? new Set(["*"])
          : new Set(
              c.words
                .split(" ")
                .filter((w) => w.length >= 4)
                .map(stem),
            );
        caused.push({ field, sentence: s, start, end: s.start + c.end, things, pronoun });
      }
      const u = UNKNOWN[language].exec(text);
      if (u !== null && !FURTHER.test(text) && !SAID_BEFORE.test(text)) {
        const things = new Set(
          (u[1] ?? u[2] ?? "")
            .split(" ")
            .filter((w) => w.length >= 4)
            .map(stem),
        );
        unknown.push({
          text: field.text.slice(s.start + u.index, s.start + u.index + u[0].length),
          things,
          sentence: s,
          field,
        });
      }
    }
  for (const c of caused)
    for (const u of unknown) {
      if (u.sentence === c.sentence && u.field === c.field) continue;
      // "Vi vet ännu inte varför det blev bakterier i vattnet. Det beror på att provsvaren tar två dygn": the pronoun
      // right after the unknown explains the not knowing (a review of the twenty-fifth round).
      if (c.pronoun && u.field === c.field && c.sentence.index === u.sentence.index + 1) continue;
      // Two events told apart ("The first fire …" / "the second fire"; "i måndags" / "i natt").
      const cText = c.field.lower.slice(c.sentence.start, c.sentence.end);
      const uText = u.field.lower.slice(u.sentence.start, u.sentence.end);
      const ordinals = [...`${cText} ${uText}`.matchAll(ORDINAL)].map((m) => stem(m[1] ?? ""));
      if (ordinals.some((w) => c.things.has(w) || u.things.has(w))) continue;
      const cDay = WHEN.exec(cText)?.[0];
      const uDay = WHEN.exec(uText)?.[0];
      if (cDay !== undefined && uDay !== undefined && cDay !== uDay) continue;
      const a = namesIn(c.field, c.sentence);
      const b = namesIn(u.field, u.sentence);
      if (a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x))) continue;
      if (c.things.has("*") || [...u.things].some((w) => c.things.has(w))) return { ...c, other: u.text };
    }
  return null;
}
