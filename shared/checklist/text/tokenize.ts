/**
 * Tokeniser. URLs, e-mail addresses and domains are single tokens and are not words, so they do not distort
 * word counts or LIX; numbers ("14.00", "4,5", "2026-11-25", "7–9") are single tokens too.
 * One regex finds candidate chunks; cheap string checks classify them.
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

// A chunk: a URL, or letters/digits joined by inner punctuation that belongs to words, numbers or addresses.
const CHUNK = /(?:https?:\/\/|www\.)[^\s<>"”“)\]]+|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.:,/@_%+–?=&#~][\p{L}\p{M}\p{N}]+)*\/?/gu;
const URL_START = /^(?:https?:\/\/|www\.)/i;
const TRAILING_PUNCT = /[.,;:!?]+$/;
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:se|nu|fi|eu|com|org|net|gov|info|io|uk)(?:\/.*)?$/iu;
const EMAIL = /^[^@\s]+@[^@\s]+\.\p{L}{2,}$/u;
const NUMBER = /^\p{N}+(?:[.,:/–-]\p{N}+)*$/u;
const INNER = /[.:/@,_%+–?=&#~-]/;
const PART = /\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’.][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*/gu;

function countLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 45 && c !== 39 && c !== 46 && c !== 0x2019) n++;
  }
  return n;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function push(out: Token[], text: string, lower: string, start: number, end: number, type: TokenType): void {
  const t = text.slice(start, end);
  out.push({ text: t, lower: lower.slice(start, end), start, end, type, letters: type === "word" ? countLetters(t) : 0 });
}

/** `lower` must be the same-length lower-cased text (see lowerSameLength). */
export function tokenize(text: string, lower: string = text.toLowerCase()): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(CHUNK)) {
    let chunk = m[0];
    const start = m.index;
    if (URL_START.test(chunk)) {
      chunk = chunk.replace(TRAILING_PUNCT, "");
      push(out, text, lower, start, start + chunk.length, "url");
      continue;
    }
    const end = start + chunk.length;
    if (!INNER.test(chunk)) {
      push(out, text, lower, start, end, isDigit(chunk.charCodeAt(0)) ? "number" : "word");
    } else if (DOMAIN.test(chunk)) push(out, text, lower, start, end, "url");
    else if (chunk.includes("@") && EMAIL.test(chunk)) push(out, text, lower, start, end, "email");
    else if (NUMBER.test(chunk)) push(out, text, lower, start, end, "number");
    else {
      // Mixed chunk ("och/eller", "14-åring", "E.coli"): words and numbers inside it.
      for (const p of chunk.matchAll(PART)) {
        const s = start + p.index;
        push(out, text, lower, s, s + p[0].length, isDigit(p[0].charCodeAt(0)) ? "number" : "word");
      }
    }
  }
  return out;
}

export function isCapitalised(token: Token): boolean {
  return token.text !== token.lower && token.text[0] !== token.lower[0];
}

/** Every letter upper-case and at least two letters: an acronym or SHOUTING. */
export function isAllCaps(token: Token): boolean {
  if (token.type !== "word" || token.letters < 2) return false;
  return token.text === token.text.toUpperCase() && token.text !== token.lower;
}
