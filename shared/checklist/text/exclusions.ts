/**
 * Spans that are someone else's words: text in quotation marks, and the clause after a claim marker
 * ("påståenden om att …", "Myth: …"). The factual and impartial lexicon rules skip them, so a correction
 * that quotes the rumour is not blamed for the rumour's wording (research.md §3.5).
 */
import { findAll, mergeRanges, rangeIndexBefore } from "./match.js";
import type { Range } from "./sentences.js";

const DOUBLE_QUOTES = new Set([34, 0x201d, 0x201c, 0x201e, 0xab, 0xbb]); // " ” “ „ « »
const MAX_QUOTE = 2_000; // characters; a longer "quote" is an unbalanced mark, not a quotation

export function quoteRanges(text: string): Range[] {
  const out: Range[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      open = -1; // quotes do not run across lines
      continue;
    }
    if (!DOUBLE_QUOTES.has(c)) continue;
    if (open < 0) {
      open = i;
    } else {
      if (i - open <= MAX_QUOTE) out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return out;
}

/** Ranges from the end of each claim marker to the end of its sentence. */
export function claimClauseRanges(lower: string, sentences: readonly Range[], marker: RegExp | null): Range[] {
  const out: Range[] = [];
  for (const hit of findAll(lower, marker)) {
    const idx = rangeIndexBefore(sentences, hit.start);
    const sentence = sentences[idx];
    if (sentence === undefined) continue;
    if (sentence.end > hit.end) out.push({ start: hit.end, end: sentence.end });
  }
  return out;
}

/** `lower` is the same-length lower-cased text the lexicon regexes run on. */
export function excludedRanges(
  text: string,
  lower: string,
  sentences: readonly Range[],
  marker: RegExp | null,
): Range[] {
  return mergeRanges([...quoteRanges(text), ...claimClauseRanges(lower, sentences, marker)]);
}
