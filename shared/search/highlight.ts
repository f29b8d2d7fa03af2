/**
 * Where a hit's matched terms occur in its text, so the agent view can mark the words that made the match
 * (stems and compound parts included: "kokningen" is marked for a search on "koka").
 */
import { wordTerms, type AnalyzerLanguage } from "./analyze.js";
import { normalizeText } from "./normalize.js";

export interface Span {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function highlightSpans(
  text: string,
  matchedTerms: readonly string[],
  language: AnalyzerLanguage = "sv",
): Span[] {
  if (matchedTerms.length === 0) return [];
  const wanted = new Set(matchedTerms);
  const spans: Span[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = normalizeText(m[0]);
    if (wordTerms(word, language).some((t) => t.literal && wanted.has(t.term)) || wanted.has(word)) {
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return spans;
}
