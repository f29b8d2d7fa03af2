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
// `chunks()` below scans for exactly this; the regex stays as its specification (and for the differential test).
export const CHUNK =
  /(?:https?:\/\/|www\.)[^\s<>"”“)\]]+|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.:,/@_%+–?=&#~][\p{L}\p{M}\p{N}]+)*\/?/gu;
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
  out.push({
    text: t,
    lower: lower.slice(start, end),
    start,
    end,
    type,
    letters: type === "word" ? countLetters(t) : 0,
  });
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;

/** 1 for a letter or a number, 2 for a combining mark, 0 otherwise, for the character (code point) at i. */
function charKind(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xc0 && c <= 0x24f) return c === 0xd7 || c === 0xf7 ? 0 : 1;
  const ch = String.fromCodePoint(text.codePointAt(i) as number);
  return LETTER_OR_NUMBER.test(ch) ? 1 : MARK.test(ch) ? 2 : 0;
}

function width(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

const JOINERS = new Set([..."-'’.:,/@_%+–?=&#~"].map((x) => x.charCodeAt(0)));
const URL_STOP = new Set([...'<>"”“)]'].map((x) => x.charCodeAt(0)));
const SPACE = /\s/u;

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0x80 && SPACE.test(String.fromCharCode(c)));
}

/** End of the run of letters, marks and numbers starting at i. */
function runEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && charKind(text, j) !== 0) j += width(text, j);
  return j;
}

/**
 * The chunks CHUNK finds, [start, end) pairs, by a hand-written scan (the regex with Unicode classes was a tenth of
 * the scorer's time): a URL, or a letter or number followed by letters, marks and numbers, joined by inner
 * punctuation to further runs, with an optional trailing slash.
 */
export function chunks(text: string): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (
      (c === 104 && (text.startsWith("http://", i) || text.startsWith("https://", i))) ||
      (c === 119 && text.startsWith("www.", i))
    ) {
      let j = i + (text.startsWith("www.", i) ? 4 : text.startsWith("https://", i) ? 8 : 7);
      const first = j;
      while (j < text.length && !isSpace(text.charCodeAt(j)) && !URL_STOP.has(text.charCodeAt(j))) j++;
      if (j > first) {
        out.push(i, j);
        i = j;
        continue;
      }
    }
    if (charKind(text, i) !== 1) {
      i += width(text, i);
      continue;
    }
    let j = runEnd(text, i + width(text, i));
    while (j + 1 < text.length && JOINERS.has(text.charCodeAt(j)) && charKind(text, j + 1) !== 0)
      j = runEnd(text, j + 1);
    if (text.charCodeAt(j) === 47) j++; // "/"
    out.push(i, j);
    i = j;
  }
  return out;
}

/** `lower` must be the same-length lower-cased text (see lowerSameLength). */
export function tokenize(text: string, lower: string = text.toLowerCase()): Token[] {
  const out: Token[] = [];
  const found = chunks(text);
  for (let k = 0; k < found.length; k += 2) {
    const start = found[k] as number;
    let chunk = text.slice(start, found[k + 1] as number);
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
