/**
 * The contact-centre FAQ index: our Swedish analysis (analyze.ts, query.ts) over a BM25 inverted index whose
 * vocabulary lives in MiniSearch's radix tree (engine.ts). Entries are analysed by their own language.
 *
 * Ranking: BM25 per field × field boost × the query term's weight (a word counts more than its synonym
 * concept or compound part), summed, × the number of distinct query words matched, × the incident boost.
 */
import { indexTerms, type AnalyzerLanguage } from "./analyze.js";
import { Engine, MAX_WORD_BIT, type EngineTerm } from "./engine.js";
import { analyzeQuery } from "./query.js";
import type { FaqEntry, FaqHit, FaqIndexOptions, FaqLanguage, FaqSearchOptions, FaqStatus } from "./types.js";

const DEFAULT_BOOST = { question: 3, tags: 2, answer: 1 };
const DEFAULT_LIMIT = 10;

/**
 * The rule for a strong hit (tuned on the tuning part of test/shared/search/eval, see the README): the top hit
 * covers at least STRONG_COVERAGE of the query's content words and scores at least STRONG_MARGIN times the next.
 */
export const STRONG_COVERAGE = 0.6;
export const STRONG_MARGIN = 1.2;
/** Credit for a word by how it matched (engine MATCH order): directly, partly (or corrected/completed), by synonym. */
const CREDIT = [1, 0.7, 0.5] as const;

function coverageOf(kindMasks: readonly number[], wordCount: number): number {
  if (wordCount === 0) return 0;
  let sum = 0;
  for (let w = 0; w < wordCount; w++) {
    const bit = 1 << Math.min(w, MAX_WORD_BIT);
    for (let k = 0; k < CREDIT.length; k++) {
      if (((kindMasks[k] ?? 0) & bit) !== 0) {
        sum += CREDIT[k] ?? 0;
        break;
      }
    }
  }
  return sum / wordCount;
}

export function analyzerFor(language: FaqLanguage): AnalyzerLanguage {
  return language === "en" ? "en" : language === "fi" ? "fi" : "sv";
}

function fieldsOf(entry: FaqEntry): string[][] {
  const language = analyzerFor(entry.language);
  return [indexTerms(entry.question, language), indexTerms(entry.tags.join(" "), language), indexTerms(entry.answer, language)];
}

function bitCount(n: number): number {
  let count = 0;
  for (let m = n; m !== 0; m &= m - 1) count++;
  return count;
}

export interface FaqIndex<E extends FaqEntry = FaqEntry> {
  search(query: string, options?: FaqSearchOptions): FaqHit<E>[];
  /** Adds, re-indexes in place, or drops the entry, depending on its status. */
  upsert(entry: E): void;
  /** Same as upsert: a new entry. */
  add(entry: E): void;
  /** Same as upsert: an entry the crisis team changed (a status other than published drops it). */
  update(entry: E): void;
  remove(id: string): void;
  get(id: string): E | undefined;
  readonly size: number;
}

export function createFaqIndex<E extends FaqEntry>(entries: Iterable<E> = [], options: FaqIndexOptions = {}): FaqIndex<E> {
  const statuses: ReadonlySet<FaqStatus> = new Set(options.statuses ?? ["published"]);
  const b = { ...DEFAULT_BOOST, ...options.fieldBoost };
  const fieldBoost = [b.question, b.tags, b.answer];
  const incidentBoost = options.incidentBoost ?? 2;
  const engine = new Engine();
  const slotOf = new Map<string, number>();
  const bySlot: (E | undefined)[] = [];
  const freeSlots: number[] = [];

  function remove(id: string): void {
    const slot = slotOf.get(id);
    const old = slot === undefined ? undefined : bySlot[slot];
    if (slot === undefined || !old) return;
    engine.remove(slot, fieldsOf(old));
    slotOf.delete(id);
    bySlot[slot] = undefined;
    freeSlots.push(slot);
  }

  function upsert(entry: E): void {
    remove(entry.id);
    if (!statuses.has(entry.status)) return;
    const slot = freeSlots.pop() ?? bySlot.length;
    bySlot[slot] = entry;
    slotOf.set(entry.id, slot);
    engine.add(slot, fieldsOf(entry));
  }

  for (const entry of entries) upsert(entry);

  function search(query: string, opts: FaqSearchOptions = {}): FaqHit<E>[] {
    const { words, terms: analysed } = analyzeQuery(query);
    if (analysed.length === 0) return [];
    const terms: EngineTerm[] = analysed.map((t) => ({
      term: t.term,
      weight: t.weight,
      prefix: t.prefix,
      // A word the index knows as typed is taken as meant: its edit-distance neighbours ("vatt" → "katt",
      // "natt") would add noise and most of the cost.
      fuzzy: engine.has(t.term) ? 0 : t.fuzzy,
      wordMask: t.words.reduce((m, w) => m | (1 << Math.min(w, MAX_WORD_BIT)), 0),
      fieldBoost,
      match: t.match,
    }));
    const languages = opts.languages ? new Set(opts.languages) : null;
    const limit = Math.max(0, opts.limit ?? DEFAULT_LIMIT);
    // One more than asked when only one is asked: the margin over the next hit decides whether the top is strong.
    const top = engine.search(terms, limit === 1 ? 2 : limit, (slot, score, wordMask) => {
      const entry = bySlot[slot];
      if (!entry || (languages && !languages.has(entry.language))) return 0;
      const incident = opts.incidentId && entry.incidentId === opts.incidentId ? incidentBoost : 1;
      return score * bitCount(wordMask) * incident;
    }, (a, c) => ((bySlot[a]?.id ?? "") < (bySlot[c]?.id ?? "") ? -1 : 1));
    const hits = top.flatMap(({ slot, score, wordMask, kindMasks, terms: matched }) => {
      const entry = bySlot[slot];
      if (!entry) return [];
      return [{
        id: entry.id,
        score,
        entry,
        matchedTerms: matched.filter((t) => !t.startsWith("=")),
        matchedWords: words.filter((_, i) => (wordMask & (1 << Math.min(i, MAX_WORD_BIT))) !== 0),
        coverage: coverageOf(kindMasks, words.length),
        strong: false,
      }];
    });
    const [first, second] = hits;
    if (first && first.coverage >= STRONG_COVERAGE && (!second || first.score >= STRONG_MARGIN * second.score)) first.strong = true;
    return hits.slice(0, limit);
  }

  return {
    search,
    upsert,
    add: upsert,
    update: upsert,
    remove,
    get: (id) => {
      const slot = slotOf.get(id);
      return slot === undefined ? undefined : bySlot[slot];
    },
    get size() {
      return slotOf.size;
    },
  };
}
