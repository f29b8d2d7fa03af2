/**
 * Sentence splitter. Splits on . ! ? … followed by white space, on ": " before a capital, and on every line
 * break (lists and headings have no full stop). Does not split after abbreviations ("kl.", "t.ex.", "ca."),
 * inside numbers and times ("kl. 14.00", "4,5"), or before a lower-case letter ("E. coli").
 */

export interface Range {
  start: number;
  end: number;
}

export interface SentenceSpan extends Range {
  /** Index of the paragraph (blocks separated by a blank line). */
  paragraph: number;
}

/** Abbreviations after which a full stop does not end the sentence (lower case, without the final dot). */
const ABBREVIATIONS = new Set([
  "kl",
  "t.ex",
  "bl.a",
  "ca",
  "nr",
  "s.k",
  "dvs",
  "d.v.s",
  "p.g.a",
  "pga",
  "m.m",
  "fr.o.m",
  "t.o.m",
  "osv",
  "o.s.v",
  "resp",
  "inkl",
  "tel",
  "jfr",
  "ev",
  "obs",
  "st",
  "e.g",
  "i.e",
  "etc",
  "approx",
  "no",
  "mr",
  "mrs",
  "ms",
  "dr",
  "vs",
  "prof",
  "tfn",
  "mån",
  "tis",
  "ons",
  "tors",
  "fre",
  "lör",
  "sön",
  "jan",
  "feb",
  "aug",
  "sept",
  "sep",
  "okt",
  "nov",
  "dec",
  "klo",
  "esim",
  "n",
  "ym",
  "mm",
  "tms",
]);
/** Of those, the ones that often end a sentence: split after them when a capital letter follows. */
const CAN_END = new Set(["m.m", "osv", "o.s.v", "etc", "mm", "ym", "tms"]);

const CLOSERS = new Set([34, 0x201d, 0x2019, 39, 41, 93, 0xbb]); // " ” ’ ' ) ] »
const ENDERS = new Set([46, 33, 63, 0x2026]); // . ! ? …

function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 13 ||
    c === 0xa0 ||
    c === 0x2009 ||
    c === 0x202f ||
    c === 0x200b ||
    c === 12 ||
    c === 11
  );
}

function isWhite(c: number): boolean {
  return c === 10 || isSpaceCode(c);
}

function charAt(text: string, i: number): string {
  return i >= 0 && i < text.length ? String.fromCharCode(text.charCodeAt(i)) : "";
}

function isLetter(c: string): boolean {
  return c !== "" && c.toLowerCase() !== c.toUpperCase();
}

function isLower(c: string): boolean {
  return isLetter(c) && c === c.toLowerCase();
}

function isUpper(c: string): boolean {
  return isLetter(c) && c === c.toUpperCase();
}

function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0) {
    const code = text.charCodeAt(i - 1);
    if (code === 46 || isLetter(charAt(text, i - 1))) i--;
    else break;
  }
  return text.slice(i, dot).toLowerCase();
}

function nextNonSpace(text: string, from: number): number {
  let j = from;
  while (j < text.length && isSpaceCode(text.charCodeAt(j))) j++;
  return j;
}

/** Returns sentence ranges trimmed of surrounding white space; empty ranges are dropped. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  let paragraph = 0;
  let pendingBlank = false;

  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isWhite(text.charCodeAt(s))) s++;
    while (e > s && isWhite(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      if (pendingBlank && out.length > 0) paragraph++;
      pendingBlank = false;
      out.push({ start: s, end: e, paragraph });
    }
  };

  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      push(i);
      start = i + 1;
      // A blank line (only white space until the next newline) starts a new paragraph.
      if (text.charCodeAt(nextNonSpace(text, i + 1)) === 10) pendingBlank = true;
      continue;
    }
    if (ENDERS.has(c)) {
      let j = i + 1;
      while (j < n && ENDERS.has(text.charCodeAt(j))) j++;
      while (j < n && CLOSERS.has(text.charCodeAt(j))) j++;
      if (j >= n) break;
      if (!isWhite(text.charCodeAt(j))) continue;
      const next = charAt(text, nextNonSpace(text, j));
      if (c === 46 && j === i + 1) {
        if (isLower(next)) continue;
        const before = wordBefore(text, i);
        if (ABBREVIATIONS.has(before) && !(CAN_END.has(before) && isUpper(next))) continue;
        // A single capital before the dot is an initial ("E. Coli", "A. Svensson").
        if (before.length === 1 && isUpper(charAt(text, i - 1))) continue;
      }
      push(j);
      start = j;
      i = j - 1;
      continue;
    }
    if (c === 58 && isSpaceCode(text.charCodeAt(i + 1))) {
      const next = charAt(text, nextNonSpace(text, i + 1));
      if (isUpper(next) || next === "–" || next === "-" || next === "•") {
        push(i + 1);
        start = i + 1;
      }
    }
  }
  push(n);
  return out;
}
