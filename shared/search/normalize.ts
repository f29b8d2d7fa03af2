/**
 * Text normalisation shared by indexing and querying: lower case, Swedish letters kept, other diacritics
 * folded ("é" → "e", "ü" → "u"), Danish/Norwegian letters mapped to their Swedish twins so a name typed on
 * another keyboard still meets. Typos between "a" and "ä" are left to fuzzy matching, because folding å/ä/ö
 * would merge distinct Swedish words ("för"/"for", "får"/"far").
 */
const KEEP = new Set(["å", "ä", "ö"]);
const MAP: Record<string, string> = { æ: "ä", ø: "ö", ß: "ss" };

export function foldChar(ch: string): string {
  if (KEEP.has(ch)) return ch;
  const mapped = MAP[ch];
  if (mapped !== undefined) return mapped;
  return ch.normalize("NFD").replace(/\p{M}+/gu, "");
}

const NEEDS_FOLDING = /[^\t\n\r -~\u00e5\u00e4\u00f6]/gu; // all but printable ASCII and å ä ö

export function normalizeText(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(NEEDS_FOLDING, foldChar);
}

export interface Token {
  /** The normalised word. */
  word: string;
  /** For a hyphenated word ("it-attack"), the joined form ("itattack"), else null. */
  joined: string | null;
  /** True when this token runs to the end of the text: the word the agent may still be typing. */
  atEnd: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const norm = normalizeText(text);
  const tokens: Token[] = [];
  for (const m of norm.matchAll(WORD)) {
    const atEnd = m.index + m[0].length === norm.length;
    const parts = m[0].split("-");
    const joined = parts.length > 1 ? parts.join("") : null;
    parts.forEach((word, i) =>
      tokens.push({ word, joined: i === 0 ? joined : null, atEnd: atEnd && i === parts.length - 1 }),
    );
  }
  return tokens;
}
