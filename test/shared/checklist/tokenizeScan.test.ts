/**
 * The tokeniser's hand-written chunk scan must find exactly what its specification, the CHUNK regex, finds: on every
 * corpus message and on random strings mixing letters, marks, digits, joiners, URLs, spaces and astral characters.
 */
import { describe, expect, it } from "vitest";
import { CHUNK, chunks } from "../../../shared/checklist/text/tokenize.js";
import { BAD, GOOD } from "../../eval/checklist/index.js";
import { BAD_EXTRA, GOOD_EXTRA } from "../../eval/checklist/extraTune.js";
import { BAD_EXTRA2, GOOD_EXTRA2 } from "../../eval/checklist/extraTune2.js";

function byRegex(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(CHUNK)) out.push(m.index, m.index + m[0].length);
  return out;
}

// A tiny deterministic generator, so a failure can be reproduced.
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x / 0x7fffffff;
  };
}

const PIECES = [
  "a",
  "Ö",
  "å",
  "z",
  "É",
  "ß",
  "ø",
  "1",
  "9",
  "-",
  "'",
  "’",
  ".",
  ":",
  ",",
  "/",
  "@",
  "_",
  "%",
  "+",
  "–",
  "?",
  "=",
  "&",
  "#",
  "~",
  " ",
  "\n",
  "\t",
  "\u00a0",
  "\u2009",
  "!",
  "(",
  ")",
  '"',
  "”",
  "“",
  "<",
  ">",
  "]",
  "[",
  "e\u0301",
  "\u0301",
  "🙄",
  "𝐀",
  "Ж",
  "中",
  "http://",
  "https://",
  "www.",
  "×",
  "÷",
  "\ud800",
];

describe("tokeniser chunk scan", () => {
  it("finds the same chunks as the CHUNK regex on every corpus message", () => {
    for (const m of [...GOOD, ...BAD, ...GOOD_EXTRA, ...BAD_EXTRA, ...GOOD_EXTRA2, ...BAD_EXTRA2]) {
      for (const text of [m.input.title ?? "", m.input.body]) expect(chunks(text), m.id).toEqual(byRegex(text));
    }
  });

  it("finds the same chunks on random mixed strings", () => {
    const next = random(42);
    for (let n = 0; n < 20000; n++) {
      let text = "";
      const len = Math.floor(next() * 30);
      for (let i = 0; i < len; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      expect(chunks(text), JSON.stringify(text)).toEqual(byRegex(text));
    }
  });
});
