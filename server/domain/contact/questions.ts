/**
 * How questions are compared: with the FAQ search's own Swedish analysis (shared/search), so "kokar", "koka" and
 * "kokning" meet here as they do in the agent's search, and so do everyday synonyms and compound parts.
 */
import { normalizeText, stemSv, tokenize, wordTerms } from "../../../shared/search/index.js";
import { isStopword } from "../../../shared/search/stopwords.js";

/** One set of terms per content word: its stem, derived stems, synonym concepts and compound parts. */
export type QuestionSignature = ReadonlyArray<ReadonlySet<string>>;

const MIN_WORD = 2; // letters

function contentWords(text: string): string[] {
  const words: string[] = [];
  for (const token of tokenize(text)) {
    const word = token.joined ?? token.word;
    if (word.length < MIN_WORD || isStopword(word)) continue;
    words.push(word);
  }
  return words;
}

export function signature(text: string): QuestionSignature {
  const seen = new Set<string>();
  const out: Set<string>[] = [];
  for (const word of contentWords(text)) {
    const stem = stemSv(word);
    if (seen.has(stem)) continue;
    seen.add(stem);
    // The surface form is left out unless it is the stem: "kokar" and "koka" should meet on "kok", not differ.
    out.push(
      new Set(
        wordTerms(word, "sv")
          .filter((t) => t.term !== word || t.term === stem)
          .map((t) => t.term),
      ),
    );
  }
  return out;
}

function matchedWords(a: QuestionSignature, b: QuestionSignature): number {
  let n = 0;
  for (const family of a) {
    if (b.some((other) => [...family].some((t) => other.has(t)))) n++;
  }
  return n;
}

/**
 * Similarity 0–1: the words of each question that meet a word of the other, over all words of both
 * (a Dice coefficient on word families). Word order, inflection and stop words do not count.
 */
export function similarity(a: QuestionSignature, b: QuestionSignature): number {
  if (a.length === 0 || b.length === 0) return 0;
  return (matchedWords(a, b) + matchedWords(b, a)) / (a.length + b.length);
}

/**
 * The exact-match key of a question: its content words' stems, sorted and unique. Two suggestions with the same
 * key ask the same thing in other words or another order; a question of stop words only keys on its text.
 */
export function questionKey(text: string): string {
  const stems = [...new Set(contentWords(text).map((w) => stemSv(w)))].sort();
  return stems.length > 0 ? stems.join(" ") : normalizeText(text).replace(/\s+/g, " ").trim();
}
