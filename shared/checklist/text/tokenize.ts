/**
 * Tokeniser. URLs, e-mail addresses and domains are single tokens and are not words, so they do not
 * distort word counts or LIX; numbers ("14.00", "4,5", "2026-11-25", "7–9") are single tokens too.
 */

export type TokenType = "word" | "number" | "url" | "email";

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  type: TokenType;
  /** Letters only (hyphens, apostrophes and inner dots not counted): the unit of LIX's "long word". */
  letters: number;
}

const URL = String.raw`(?:https?:\/\/|www\.)[^\s<>"”“)\]]+`;
const EMAIL = String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}`;
const DOMAIN = String.raw`[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:se|nu|fi|eu|com|org|net|gov|info|io|uk)(?![\p{L}\p{N}])(?:\/[^\s<>"”“)\]]*)?`;
const NUMBER = String.raw`\p{N}+(?:[.,:\/–-]\p{N}+)*`;
const WORD = String.raw`\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’.][\p{L}\p{M}\p{N}]+)*`;

const TOKEN_RE = new RegExp(`(${URL})|(${EMAIL})|(${DOMAIN})|(${NUMBER})|(${WORD})`, "gu");
const TRAILING_PUNCT = /[.,;:!?]+$/u;

function countLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 45 && c !== 39 && c !== 46 && c !== 0x2019) n++;
  }
  return n;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    let raw = m[0];
    const start = m.index;
    let type: TokenType;
    if (m[1] !== undefined || m[3] !== undefined) type = "url";
    else if (m[2] !== undefined) type = "email";
    else if (m[4] !== undefined) type = "number";
    else type = "word";
    if (type === "url") raw = raw.replace(TRAILING_PUNCT, "");
    tokens.push({
      text: raw,
      lower: raw.toLowerCase(),
      start,
      end: start + raw.length,
      type,
      letters: type === "word" ? countLetters(raw) : 0,
    });
  }
  return tokens;
}

export function isCapitalised(token: Token): boolean {
  const first = token.text[0] ?? "";
  return first !== first.toLowerCase();
}

/** Every letter upper-case and at least two letters: an acronym or SHOUTING. */
export function isAllCaps(token: Token): boolean {
  if (token.type !== "word" || token.letters < 2) return false;
  return token.text === token.text.toUpperCase() && token.text !== token.lower;
}
