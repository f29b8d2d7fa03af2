import type { Analysis, FieldText, Sentence } from "../analysis.js";
import { findAll, rangeIndexAt, rangeIndexBefore, type Hit } from "../text/match.js";

export interface LexHit {
  field: FieldText;
  hit: Hit;
  sentence: Sentence;
}

export interface HitOptions {
  /** Skip quotations and claim clauses (research §3.5). */
  skipQuoted?: boolean;
  /** Skip questions: a question asserts nothing (FAQ titles, "Kan jag duscha?"). */
  skipQuestions?: boolean;
}

/** Matches of a lexicon regex in title and body, each with its sentence. */
export function lexHits(a: Analysis, re: RegExp | null, options: HitOptions = {}): LexHit[] {
  const out: LexHit[] = [];
  if (re === null) return out;
  for (const field of a.fields) {
    for (const hit of findAll(field.text, re)) {
      if (options.skipQuoted && rangeIndexAt(field.excluded, hit.start) >= 0) continue;
      const sentence = field.sentences[rangeIndexBefore(field.sentences, hit.start)];
      if (sentence === undefined) continue;
      if (options.skipQuestions && sentence.question) continue;
      out.push({ field, hit, sentence });
    }
  }
  return out;
}

/** Sentences that name a responsible source: "enligt räddningstjänsten", "Vattenfall bedömer". */
export function attributed(a: Analysis, field: FieldText): (i: number) => boolean {
  const plain = a.flags(field, "attribution");
  const named = a.flags(field, "namedAttribution");
  return (i) => plain[i] === 1 || named[i] === 1;
}

export function anyFlag(flags: Uint8Array): boolean {
  return flags.includes(1);
}

/** True when the lexicon list matches anywhere in title or body (outside quotes when asked). */
export function mentions(a: Analysis, re: RegExp | null, options: HitOptions = {}): boolean {
  return lexHits(a, re, options).length > 0;
}

/** True when a sentence within `reach` sentences of `i` (same field) has the flag. */
export function near(flags: Uint8Array, i: number, reach: number): boolean {
  for (let j = Math.max(0, i - reach); j <= Math.min(flags.length - 1, i + reach); j++) if (flags[j] === 1) return true;
  return false;
}
