/**
 * Readability formulas.
 * LIX (Björnsson 1968) = words/sentences + 100·longWords/words, a long word having more than 6 letters.
 * Flesch reading ease (1948) = 206.835 − 1.015·words/sentences − 84.6·syllables/words; English only.
 */

export const LONG_WORD_LETTERS = 6; // letters; LIX counts words with MORE than this

export function lix(words: number, sentences: number, longWords: number): number | null {
  if (words === 0 || sentences === 0) return null;
  return round1(words / sentences + (100 * longWords) / words);
}

export function fleschReadingEase(words: number, sentences: number, syllables: number): number | null {
  if (words === 0 || sentences === 0) return null;
  return round1(206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words));
}

const VOWEL_GROUP = /[aeiouy]+/g;

/** English syllable estimate: vowel groups, minus a silent final e, at least one. */
export function englishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  let n = 0;
  for (const _ of w.matchAll(VOWEL_GROUP)) n++;
  if (w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee") && n > 1) n--;
  if (w.endsWith("es") || w.endsWith("ed")) {
    if (!/[aeiouy][^aeiouy]?(?:t|d|s|x|z|ch|sh)e[sd]$/.test(w) && n > 1) n--;
  }
  return Math.max(1, n);
}

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
