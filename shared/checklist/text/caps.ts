/**
 * Upper-case words: a run of two or more, or one long word with a vowel ("VIKTIGT", "KOKA VATTNET") is SHOUTING;
 * a short or vowel-less one ("MSB", "VA" in "VA-abonnenter") is an acronym candidate.
 */
import type { FieldText } from "../analysis.js";
import { isAllCaps, type Token } from "./tokenize.js";

/** Acronyms every reader knows, and names; never shouting, never "unexplained". */
export const KNOWN_ACRONYMS = new Set([
  "SMS",
  "SOS",
  "EU",
  "FN",
  "UN",
  "WHO",
  "TV",
  "SVT",
  "SR",
  "P1",
  "P2",
  "P3",
  "P4",
  "IT",
  "OK",
  "AB",
  "VMA",
  "GPS",
  "PIN",
  "ID",
  "USB",
  "PDF",
  "URL",
  "SMHI",
  "NATO",
  "COVID",
  "UK",
  "USA",
  "SD",
  "KD",
  "MP",
  "TT",
  "DN",
  "FAQ",
  "OBS",
  "E",
  "A",
  "BANKID",
  "WIFI",
  "CO2",
  "PM",
  "AM",
  "CET",
  "CEST",
  "UTC",
  "NHS",
  "FBI",
  "BBC",
  "AI",
  "ICA",
  "SJ",
  "SL",
  "ATM",
  "PC",
]);

export interface CapsSpan {
  start: number;
  end: number;
  text: string;
  kind: "shout" | "acronym";
}

const VOWEL = /[AEIOUYÅÄÖ]/u;
const MAX_ACRONYM = 5; // letters

function hyphenAcronyms(tok: Token, out: CapsSpan[]): void {
  let offset = 0;
  for (const part of tok.text.split("-")) {
    const letters = part.replace(/[^\p{L}]/gu, "").length;
    if (
      letters >= 2 &&
      letters <= MAX_ACRONYM &&
      part === part.toUpperCase() &&
      part !== part.toLowerCase() &&
      !KNOWN_ACRONYMS.has(part)
    ) {
      out.push({ start: tok.start + offset, end: tok.start + offset + part.length, text: part, kind: "acronym" });
    }
    offset += part.length + 1;
  }
}

export function capsSpans(field: FieldText): CapsSpan[] {
  const out: CapsSpan[] = [];
  const tokens = field.tokens;
  let run: Token[] = [];
  const flush = () => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first !== undefined && last !== undefined) {
      const text = field.text.slice(first.start, last.end);
      if (run.length >= 2 || (first.letters >= 4 && VOWEL.test(first.text))) {
        out.push({ start: first.start, end: last.end, text, kind: "shout" });
      } else if (first.letters <= MAX_ACRONYM) {
        out.push({ start: first.start, end: first.end, text, kind: "acronym" });
      }
    }
    run = [];
  };
  let sentence = 0;
  for (const tok of tokens) {
    while (sentence < field.sentences.length && (field.sentences[sentence]?.end ?? 0) <= tok.start) {
      flush();
      sentence++;
    }
    if (tok.type !== "word") {
      flush();
      continue;
    }
    if (isAllCaps(tok) && !KNOWN_ACRONYMS.has(tok.text)) run.push(tok);
    else {
      flush();
      if (tok.text.includes("-")) hyphenAcronyms(tok, out);
    }
  }
  flush();
  return out;
}
