/**
 * Text metrics of the body, computed once per call and shared by the audience rules and the result.
 * Readability is scored on the body with proper nouns (capitalised words not first in their sentence), numbers,
 * URLs and the fixed VMA header removed: real VMAs measure LIX 48–55 raw because place names are long words
 * (research.md §1.1, §1.3).
 */
import type { ChecklistMetrics } from "../schemas/checklist.js";
import type { Analysis, FieldText } from "./analysis.js";
import { englishSyllables, fleschReadingEase, lix, LONG_WORD_LETTERS, round1 } from "./text/readability.js";
import { smsInfo } from "./text/sms.js";
import { isCapitalised, type Token } from "./text/tokenize.js";

export const MIN_WORDS_FOR_READABILITY = 40; // words; below this LIX and Flesch are shown but not scored

export interface Details {
  words: number;
  sentences: number;
  longWords: number;
  lixRaw: number | null;
  lix: number | null;
  flesch: number | null;
  scoredWords: number;
  /** Body sentences with their word counts (sentences without words are left out). */
  sentenceWords: { index: number; start: number; end: number; words: number }[];
  passives: Token[];
  passiveSentences: number;
  nominals: Token[];
}

function vmaHeaderRange(a: Analysis): [number, number] {
  const re = a.lex?.vmaHeader;
  if (!re) return [-1, -1];
  const m = re.exec(a.body.text); // non-global: exec keeps no state
  return m ? [m.index, m.index + m[0].length] : [-1, -1];
}

function isPassive(a: Analysis, field: FieldText, i: number): boolean {
  const lex = a.lex;
  const tok = field.tokens[i];
  if (lex === null || tok === undefined || tok.type !== "word") return false;
  const w = tok.lower;
  if (lex.deponents.has(w) || lex.passiveExceptions.has(w)) return false;
  if (lex.passiveForms.has(w)) {
    if (a.family !== "en") return true;
  }
  if (a.family === "en") {
    // English: a form of "to be" followed by a past participle ("is closed", "have been advised").
    const prev = field.tokens[i - 1]?.lower ?? "";
    if (!lex.passiveAuxiliaries.has(prev)) return false;
    return lex.passiveForms.has(w) || (lex.passiveSuffix?.test(w) ?? false);
  }
  if (!w.endsWith("s") || w.length < 5) return false;
  if (lex.passiveSuffix?.test(w) && !w.endsWith("ets")) return true;
  // "ska kokas", "kan användas", "kommer att stängas": an infinitive passive after an auxiliary.
  if (!(w.endsWith("as") || w.endsWith("es")) || w.endsWith("ens")) return false;
  const prev = field.tokens[i - 1]?.lower ?? "";
  if (lex.passiveAuxiliaries.has(prev)) return true;
  return prev === "att" && field.tokens[i - 2]?.lower === "kommer";
}

function isNominal(a: Analysis, tok: Token): boolean {
  const lex = a.lex;
  if (lex === null || lex.nominalSuffix === null || tok.type !== "word" || tok.letters < 7) return false;
  if (!lex.nominalSuffix.test(tok.lower)) return false;
  return !lex.nominalWhitelist.some((w) => tok.lower.includes(w));
}

export function details(a: Analysis): Details {
  return a.memo("details", () => {
    const body = a.body;
    const [hs, he] = vmaHeaderRange(a);
    let words = 0;
    let longWords = 0;
    let scoredWords = 0;
    let scoredLong = 0;
    let syllables = 0;
    let scoredSentences = 0;
    let passiveSentences = 0;
    const sentenceWords: Details["sentenceWords"] = [];
    const passives: Token[] = [];
    const nominals: Token[] = [];
    for (const s of body.sentences) {
      if (s.words === 0) continue;
      let kept = 0;
      let firstWord = true;
      let hasPassive = false;
      for (let i = s.firstToken; i < s.endToken; i++) {
        const tok = body.tokens[i];
        if (tok === undefined || tok.type !== "word") continue;
        words++;
        const long = tok.letters > LONG_WORD_LETTERS;
        if (long) longWords++;
        const properNoun = !firstWord && isCapitalised(tok);
        const header = tok.start >= hs && tok.end <= he;
        firstWord = false;
        if (isPassive(a, body, i)) {
          passives.push(tok);
          hasPassive = true;
        }
        if (properNoun || header) continue;
        if (isNominal(a, tok)) nominals.push(tok);
        kept++;
        if (long) scoredLong++;
        if (a.family === "en") syllables += englishSyllables(tok.text);
      }
      sentenceWords.push({ index: s.index, start: s.start, end: s.end, words: s.words });
      if (hasPassive) passiveSentences++;
      if (kept > 0) {
        scoredWords += kept;
        scoredSentences++;
      }
    }
    return {
      words,
      sentences: sentenceWords.length,
      longWords,
      lixRaw: lix(words, sentenceWords.length, longWords),
      lix: lix(scoredWords, scoredSentences, scoredLong),
      flesch: a.family === "en" ? fleschReadingEase(scoredWords, scoredSentences, syllables) : null,
      scoredWords,
      sentenceWords,
      passives,
      passiveSentences,
      nominals,
    };
  });
}

export function longSentenceLimit(a: Analysis): number {
  return a.easy ? 15 : 25; // words (research.md §2.1: flag over 25; lättläst over 15)
}

export function computeMetrics(a: Analysis): ChecklistMetrics {
  const d = details(a);
  const sms = smsInfo(a.body.text);
  const limit = longSentenceLimit(a);
  return {
    characters: a.title.text.length + a.body.text.length,
    words: d.words,
    sentences: d.sentences,
    averageSentenceLength: d.sentences === 0 ? 0 : round1(d.words / d.sentences),
    longWords: d.longWords,
    longWordShare: d.words === 0 ? 0 : round1((100 * d.longWords) / d.words),
    longSentences: d.sentenceWords.filter((s) => s.words > limit).length,
    lix: d.lix,
    lixRaw: d.lixRaw,
    fleschReadingEase: d.flesch,
    readabilityScored: d.words >= MIN_WORDS_FOR_READABILITY && (a.family === "sv" || a.family === "en"),
    passiveShare: d.sentences === 0 ? 0 : round1((100 * d.passiveSentences) / d.sentences),
    nominalisationsPer100Words: d.words === 0 ? 0 : round1((100 * d.nominals.length) / d.words),
    sms: { encoding: sms.encoding, units: sms.units, segments: sms.segments },
  };
}
