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
  "kl", "t.ex", "bl.a", "ca", "nr", "s.k", "dvs", "d.v.s", "p.g.a", "pga", "m.m", "fr.o.m", "t.o.m", "osv", "o.s.v",
  "resp", "inkl", "tel", "jfr", "ev", "obs", "st", "e.g", "i.e", "etc", "approx", "no", "mr", "mrs", "ms", "dr", "vs",
  "prof", "tfn", "mån", "tis", "ons", "tors", "fre", "lör", "sön", "jan", "feb", "aug", "sept", "sep", "okt", "nov", "dec",
  "klo", "esim", "n", "ym", "mm", "tms",
]);
/** Of those, the ones that often end a sentence: split after them when a capital letter follows. */
const CAN_END = new Set(["m.m", "osv", "o.s.v", "etc", "mm", "ym", "tms"]);

const CLOSERS = new Set(['"', "”", "’", "'", ")", "]", "»"]);

function isSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\u00a0" || c === "\r" || c === "\u2009" || c === "\u202f";
}

function isLetter(c: string): boolean {
  return c.toLowerCase() !== c.toUpperCase();
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
    const c = text[i - 1] ?? "";
    if (c === "." || isLetter(c)) i--;
    else break;
  }
  return text.slice(i, dot).toLowerCase();
}

function nextNonSpace(text: string, from: number): number {
  let j = from;
  while (j < text.length && isSpace(text[j] ?? "")) j++;
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
    while (s < e && /\s/u.test(text[s] ?? "")) s++;
    while (e > s && /\s/u.test(text[e - 1] ?? "")) e--;
    if (e > s) {
      if (pendingBlank && out.length > 0) paragraph++;
      pendingBlank = false;
      out.push({ start: s, end: e, paragraph });
    }
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? "";
    if (c === "\n") {
      push(i);
      start = i + 1;
      // A blank line (only white space until the next newline) starts a new paragraph.
      const j = nextNonSpace(text, i + 1);
      if (text[j] === "\n") pendingBlank = true;
      continue;
    }
    if (c === "." || c === "!" || c === "?" || c === "…") {
      let j = i + 1;
      while (j < text.length && ".!?…".includes(text[j] ?? "x")) j++;
      while (j < text.length && CLOSERS.has(text[j] ?? "")) j++;
      if (j >= text.length) break;
      if (!isSpace(text[j] ?? "") && text[j] !== "\n") continue;
      const k = nextNonSpace(text, j);
      const next = text[k] ?? "";
      if (c === "." && j === i + 1) {
        if (isLower(next)) continue;
        const before = wordBefore(text, i);
        if (ABBREVIATIONS.has(before) && !(CAN_END.has(before) && isUpper(next))) continue;
        // A single capital before the dot is an initial ("E. Coli", "A. Svensson").
        if (before.length === 1 && isUpper(text[i - 1] ?? "")) continue;
      }
      push(j);
      start = j;
      i = j - 1;
      continue;
    }
    if (c === ":" && isSpace(text[i + 1] ?? "")) {
      const k = nextNonSpace(text, i + 1);
      const next = text[k] ?? "";
      if (isUpper(next) || next === "–" || next === "-" || next === "•") {
        push(i + 1);
        start = i + 1;
      }
    }
  }
  push(text.length);
  return out;
}
