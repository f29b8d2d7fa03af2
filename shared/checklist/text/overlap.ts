/**
 * Loose topical overlap between a short text (a question, a rumour) and a message: does the message mention
 * most of the short text's content words? Stems are prefixes (at least 4 letters) searched anywhere in the
 * message, so Swedish inflections and compounds ("vattnet" ~ "kranvatten") still match.
 */

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
export const OVERLAP_SHARE = 0.6; // share of content words that must occur for the text to count as addressed

export function contentStems(text: string, stopwords: ReadonlySet<string>): string[] {
  const stems = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (w.length < 4 || stopwords.has(w)) continue;
    stems.add(w.slice(0, Math.max(4, w.length - 2)));
  }
  return [...stems];
}

/** Share (0–1) of the short text's stems found in the lower-cased message; 1 when it has no content words. */
export function overlapShare(stems: readonly string[], messageLower: string): number {
  if (stems.length === 0) return 1;
  let found = 0;
  for (const s of stems) if (messageLower.includes(s)) found++;
  return found / stems.length;
}
