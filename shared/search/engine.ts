/**
 * The scoring core: an inverted index with BM25 (the same formula and constants as MiniSearch), over
 * MiniSearch's SearchableMap, the radix tree that gives prefix and Levenshtein lookup of the vocabulary.
 *
 * Why not MiniSearch's own search(): it allocates a result object per matching document per term and sorts
 * them all; on 5,000 entries that garbage made collector pauses the largest part of the p99. Here the
 * scores of one search accumulate in reused typed arrays and only the top k become objects.
 */
import SearchableMap from "minisearch/SearchableMap";

export const FIELD_COUNT = 3; // question, tags, answer
export const MAX_WORD_BIT = 29; // query words beyond the 30th share the last bit
const TOUCHED = 1 << 30; // mask bit: the slot has a score in this search
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375; // MiniSearch's defaults: a completed or corrected term counts less than an exact one
const FUZZY_WEIGHT = 0.45;

interface FieldPostings {
  slots: number[];
  tfs: number[];
}
type TermPostings = FieldPostings[];

export interface EngineTerm {
  term: string;
  weight: number;
  prefix: boolean;
  fuzzy: number;
  /** Bit mask of the query words this term stands for. */
  wordMask: number;
  /** Field boosts for this term, one per field (0 to skip a field). */
  fieldBoost: readonly number[];
  /**
   * Per match kind (MATCH), the query words an exact match of this term answers that way (a word or its stem, a part
   * of it, a synonym, a compound's modifier); a prefix completion or typo correction counts as PARTIAL at best.
   */
  kindMasks: readonly number[];
}

/**
 * Kinds of match, strongest first; a prefix completion or a typo correction counts as PARTIAL at best; MODIFIER: only
 * through a part before the last of a compound (see analyze.ts).
 */
export const MATCH = { DIRECT: 0, PARTIAL: 1, CONCEPT: 2, MODIFIER: 3 } as const;
export type MatchKind = (typeof MATCH)[keyof typeof MATCH];
const MATCH_KINDS = 4;

export interface Scored {
  slot: number;
  score: number;
  wordMask: number;
  /** Per match kind (MATCH), the query words matched that way. */
  kindMasks: number[];
  terms: string[];
}

export class Engine {
  private readonly dict = new SearchableMap<TermPostings>();
  private fieldLength: number[] = [];
  private readonly totalLength = new Array<number>(FIELD_COUNT).fill(0);
  private live = 0;
  private scores = new Float64Array(0);
  private masks = new Int32Array(0);
  private kindMasks = new Int32Array(0); // MATCH_KINDS per slot
  private firstMatch = new Int32Array(0);
  private readonly kindAt = new Int32Array(MATCH_KINDS);
  private readonly kindWords = new Int32Array(MATCH_KINDS);
  // Per-search linked lists of matched terms per slot, in pooled arrays, for highlighting the top hits.
  private readonly poolTerm: number[] = [];
  private readonly poolNext: number[] = [];

  get size(): number {
    return this.live;
  }

  has(term: string): boolean {
    return this.dict.has(term);
  }

  /** Entries holding the term in their most common field for it (0 when the index does not know it). */
  docFreq(term: string): number {
    const postings = this.dict.get(term);
    if (!postings) return 0;
    let df = 0;
    for (const p of postings) df = Math.max(df, p.slots.length);
    return df;
  }

  /** Indexes a document at `slot`; `fields` holds each field's terms, repeats included. */
  add(slot: number, fields: readonly (readonly string[])[]): void {
    this.ensureCapacity(slot + 1);
    for (let f = 0; f < FIELD_COUNT; f++) {
      const terms = fields[f] ?? [];
      this.fieldLength[slot * FIELD_COUNT + f] = terms.length;
      this.totalLength[f] = (this.totalLength[f] ?? 0) + terms.length;
      for (const [term, tf] of countTerms(terms)) {
        let postings = this.dict.get(term);
        if (!postings) {
          postings = Array.from({ length: FIELD_COUNT }, () => ({ slots: [], tfs: [] }));
          this.dict.set(term, postings);
        }
        postings[f]?.slots.push(slot);
        postings[f]?.tfs.push(tf);
      }
    }
    this.live++;
  }

  /** Removes the document at `slot`, given the same fields it was added with. */
  remove(slot: number, fields: readonly (readonly string[])[]): void {
    for (let f = 0; f < FIELD_COUNT; f++) {
      const terms = fields[f] ?? [];
      this.totalLength[f] = (this.totalLength[f] ?? 0) - terms.length;
      this.fieldLength[slot * FIELD_COUNT + f] = 0;
      for (const term of new Set(terms)) {
        const postings = this.dict.get(term);
        const list = postings?.[f];
        if (!postings || !list) continue;
        const at = list.slots.indexOf(slot);
        if (at < 0) continue;
        const last = list.slots.length - 1;
        list.slots[at] = list.slots[last] ?? slot;
        list.tfs[at] = list.tfs[last] ?? 0;
        list.slots.pop();
        list.tfs.pop();
        if (postings.every((p) => p.slots.length === 0)) this.dict.delete(term);
      }
    }
    this.live--;
  }

  /**
   * Scores every document matching any term; returns the best `limit` by `rank` (which may rescore, or drop
   * with 0), equal scores ordered by `tieBreak` so the order does not depend on insertion history.
   */
  search(
    terms: readonly EngineTerm[],
    limit: number,
    rank: (slot: number, score: number, wordMask: number) => number,
    tieBreak: (a: number, b: number) => number,
  ): Scored[] {
    const touched: number[] = [];
    const matchedTerms: string[] = [];
    this.poolTerm.length = 0;
    this.poolNext.length = 0;
    for (const qt of terms) {
      const exact = qt.kindMasks;
      const inexact = [0, exact[MATCH.DIRECT] ?? 0, exact[MATCH.CONCEPT] ?? 0, exact[MATCH.MODIFIER] ?? 0];
      inexact[MATCH.PARTIAL] = (exact[MATCH.DIRECT] ?? 0) | (exact[MATCH.PARTIAL] ?? 0);
      this.scoreTerm(qt, qt.term, 1, exact, touched, matchedTerms);
      if (qt.prefix) {
        for (const [term] of this.dict.atPrefix(qt.term)) {
          const distance = term.length - qt.term.length;
          if (distance > 0)
            this.scoreTerm(
              qt,
              term,
              (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance),
              inexact,
              touched,
              matchedTerms,
            );
        }
      }
      if (qt.fuzzy > 0) {
        for (const [term, [, distance]] of this.dict.fuzzyGet(qt.term, qt.fuzzy)) {
          if (distance === 0 || (qt.prefix && term.startsWith(qt.term))) continue;
          this.scoreTerm(
            qt,
            term,
            (FUZZY_WEIGHT * term.length) / (term.length + distance),
            inexact,
            touched,
            matchedTerms,
          );
        }
      }
    }

    const top: Scored[] = [];
    const before = (score: number, slot: number, other: Scored | undefined): boolean =>
      other === undefined || score > other.score || (score === other.score && tieBreak(slot, other.slot) < 0);
    for (const slot of touched) {
      const wordMask = (this.masks[slot] ?? 0) & ~TOUCHED;
      const score = rank(slot, this.scores[slot] ?? 0, wordMask);
      if (score <= 0 || limit === 0 || (top.length === limit && !before(score, slot, top[top.length - 1]))) continue;
      let at = top.length;
      while (at > 0 && before(score, slot, top[at - 1])) at--;
      top.splice(at, 0, { slot, score, wordMask, kindMasks: [], terms: [] });
      if (top.length > limit) top.pop();
    }
    for (const hit of top) {
      hit.terms = this.termsOf(hit.slot, matchedTerms);
      hit.kindMasks = Array.from(this.kindMasks.subarray(hit.slot * MATCH_KINDS, (hit.slot + 1) * MATCH_KINDS));
    }
    for (const slot of touched) {
      this.scores[slot] = 0;
      this.masks[slot] = 0;
      this.kindMasks.fill(0, slot * MATCH_KINDS, (slot + 1) * MATCH_KINDS);
      this.firstMatch[slot] = -1;
    }
    return top;
  }

  private scoreTerm(
    qt: EngineTerm,
    term: string,
    termWeight: number,
    kinds: readonly number[],
    touched: number[],
    matchedTerms: string[],
  ): void {
    const postings = this.dict.get(term);
    if (!postings) return;
    const termIndex = matchedTerms.push(term) - 1;
    // The kinds this term answers some word with (mostly one), hoisted out of the posting loop.
    const kindAt = this.kindAt;
    const kindWords = this.kindWords;
    let kindCount = 0;
    for (let kind = 0; kind < MATCH_KINDS; kind++) {
      const words = kinds[kind] ?? 0;
      if (words === 0) continue;
      kindAt[kindCount] = kind;
      kindWords[kindCount++] = words;
    }
    const n = this.live;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const boost = qt.fieldBoost[f] ?? 0;
      const list = postings[f];
      if (!boost || !list || list.slots.length === 0) continue;
      const df = list.slots.length;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      const avg = (this.totalLength[f] ?? 0) / Math.max(1, n) || 1;
      const factor = termWeight * qt.weight * boost * idf;
      for (let i = 0; i < df; i++) {
        const slot = list.slots[i] ?? 0;
        const tf = list.tfs[i] ?? 0;
        const len = this.fieldLength[slot * FIELD_COUNT + f] ?? 0;
        const bm25 = BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * len) / avg));
        const mask = this.masks[slot] ?? 0;
        if (mask === 0) touched.push(slot);
        this.scores[slot] = (this.scores[slot] ?? 0) + factor * bm25;
        this.masks[slot] = mask | qt.wordMask | TOUCHED;
        const base = slot * MATCH_KINDS;
        for (let i = 0; i < kindCount; i++) {
          const k = base + (kindAt[i] ?? 0);
          this.kindMasks[k] = (this.kindMasks[k] ?? 0) | (kindWords[i] ?? 0);
        }
        if ((this.firstMatch[slot] ?? -1) < 0 || this.poolTerm[this.firstMatch[slot] ?? 0] !== termIndex) {
          this.poolTerm.push(termIndex);
          this.poolNext.push(this.firstMatch[slot] ?? -1);
          this.firstMatch[slot] = this.poolTerm.length - 1;
        }
      }
    }
  }

  private termsOf(slot: number, matchedTerms: readonly string[]): string[] {
    const out = new Set<string>();
    for (let at = this.firstMatch[slot] ?? -1; at >= 0; at = this.poolNext[at] ?? -1) {
      const term = matchedTerms[this.poolTerm[at] ?? -1];
      if (term !== undefined) out.add(term);
    }
    return [...out];
  }

  private ensureCapacity(slots: number): void {
    if (slots <= this.scores.length) return;
    const size = Math.max(slots, this.scores.length * 2, 64);
    const grow = <T extends Float64Array | Int32Array>(old: T, fresh: T, fill: number): T => {
      fresh.fill(fill);
      fresh.set(old);
      return fresh;
    };
    this.scores = grow(this.scores, new Float64Array(size), 0);
    this.masks = grow(this.masks, new Int32Array(size), 0);
    this.kindMasks = grow(this.kindMasks, new Int32Array(size * MATCH_KINDS), 0);
    this.firstMatch = grow(this.firstMatch, new Int32Array(size), -1);
  }
}

function countTerms(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of terms) if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}
