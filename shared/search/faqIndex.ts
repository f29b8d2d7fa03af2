/**
 * The contact-centre FAQ index: MiniSearch (BM25 over a radix tree, with fuzzy and prefix lookup) fed with
 * our own Swedish analysis. We analyse text ourselves in extractField, because the stemmer depends on the
 * entry's language, which MiniSearch's per-term hook cannot see.
 *
 * Ranking: BM25 per query term × the term's weight (a word counts more than its synonym concept or compound
 * part), summed, then multiplied by the number of distinct query words matched (MiniSearch multiplies by
 * matched terms, which would reward one word's many expansions), then by the incident boost.
 */
import MiniSearch, { type Query } from "minisearch";
import { indexTerms, type AnalyzerLanguage } from "./analyze.js";
import { analyzeQuery, type QueryTerm } from "./query.js";
import type { FaqEntry, FaqHit, FaqIndexOptions, FaqLanguage, FaqSearchOptions, FaqStatus } from "./types.js";

const TEXT_FIELDS = ["question", "tags", "answer"] as const;
const DEFAULT_BOOST = { question: 3, tags: 2, answer: 1 };
const DEFAULT_LIMIT = 10;
// A query term found in more than COMMON_TERM_SHARE of the entries says little (BM25 gives it almost no weight)
// but costs a scoring pass over all of them; it is left out when the query has rarer terms. A term above
// FREQUENT_TERM_SHARE is looked up in the question and tags only: its answer postings are the long ones and
// add little. Both only for large indexes, where the cost is.
const COMMON_TERM_SHARE = 0.25;
const FREQUENT_TERM_SHARE = 0.05;
const COMMON_TERM_MIN_ENTRIES = 500;

export function analyzerFor(language: FaqLanguage): AnalyzerLanguage {
  return language === "en" ? "en" : language === "fi" ? "fi" : "sv";
}

function extractField(entry: FaqEntry, field: string): string {
  const language = analyzerFor(entry.language);
  switch (field) {
    case "question": return indexTerms(entry.question, language).join(" ");
    case "answer": return indexTerms(entry.answer, language).join(" ");
    case "tags": return indexTerms(entry.tags.join(" "), language).join(" ");
    case "id": return entry.id;
    default: return "";
  }
}

interface Ranked<E> {
  score: number;
  entry: E;
  mask: number;
  terms: string[];
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
  const boost = { ...DEFAULT_BOOST, ...options.fieldBoost };
  const incidentBoost = options.incidentBoost ?? 2;
  const byId = new Map<string, E>();
  const docFreq = new Map<string, number>();

  function countTerms(entry: E, delta: 1 | -1): void {
    const unique = new Set<string>();
    for (const field of TEXT_FIELDS) for (const t of extractField(entry, field).split(" ")) if (t) unique.add(t);
    for (const t of unique) {
      const n = (docFreq.get(t) ?? 0) + delta;
      if (n > 0) docFreq.set(t, n);
      else docFreq.delete(t);
    }
  }
  const mini = new MiniSearch<E>({
    fields: [...TEXT_FIELDS],
    extractField: (doc, field) => extractField(doc, field),
    tokenize: (text) => text.split(" "),
    processTerm: (term) => term,
  });

  function remove(id: string): void {
    const old = byId.get(id);
    if (!old) return;
    byId.delete(id);
    countTerms(old, -1);
    mini.discard(id); // lazy: references are cleaned up by MiniSearch's background vacuum
  }

  function upsert(entry: E): void {
    remove(entry.id);
    if (!statuses.has(entry.status)) return;
    byId.set(entry.id, entry);
    countTerms(entry, 1);
    mini.add(entry);
  }

  for (const entry of entries) upsert(entry);

  function withoutCommonTerms(terms: QueryTerm[]): QueryTerm[] {
    if (byId.size < COMMON_TERM_MIN_ENTRIES) return terms;
    const limit = byId.size * COMMON_TERM_SHARE;
    const rare = terms.filter((t) => (docFreq.get(t.term) ?? 0) <= limit);
    return rare.length > 0 ? rare : terms;
  }

  function search(query: string, opts: FaqSearchOptions = {}): FaqHit<E>[] {
    const { words, terms: all } = analyzeQuery(query);
    const terms = withoutCommonTerms(all);
    if (terms.length === 0) return [];
    const spec = new Map(terms.map((t) => [t.term, t]));
    const wordMask = new Map(terms.map((t) => [t.term, t.words.reduce((m, w) => m | (1 << Math.min(w, 30)), 0)]));
    const languages = opts.languages ? new Set(opts.languages) : null;
    const limit = Math.max(0, opts.limit ?? DEFAULT_LIMIT);
    const options = {
      boost,
      prefix: (term: string) => spec.get(term)?.prefix ?? false,
      // A word the index knows as typed is taken as meant: its edit-distance neighbours ("vatt" → "katt",
      // "natt") would add noise and most of the cost.
      fuzzy: (term: string) => (docFreq.has(term) ? 0 : (spec.get(term)?.fuzzy ?? 0)),
      boostTerm: (term: string) => spec.get(term)?.weight ?? 1,
    };
    const frequentAbove = byId.size >= COMMON_TERM_MIN_ENTRIES ? byId.size * FREQUENT_TERM_SHARE : Infinity;
    const frequent = terms.filter((t) => (docFreq.get(t.term) ?? 0) > frequentAbove).map((t) => t.term);
    const rest = terms.filter((t) => (docFreq.get(t.term) ?? 0) <= frequentAbove).map((t) => t.term);
    const queries: Query[] = [];
    if (rest.length > 0) queries.push({ queries: [rest.join(" ")] });
    if (frequent.length > 0) queries.push({ queries: [frequent.join(" ")], fields: ["question", "tags"] });
    const raw = mini.search({ combineWith: "OR", queries }, options);

    // Top-k selection: a broad query matches thousands of entries and only `limit` become hits.
    const top: Ranked<E>[] = [];
    for (const r of raw) {
      const entry = byId.get(r.id as string);
      if (!entry || (languages && !languages.has(entry.language))) continue;
      let mask = 0;
      for (const qt of r.queryTerms) mask |= wordMask.get(qt) ?? 0;
      const incident = opts.incidentId && entry.incidentId === opts.incidentId ? incidentBoost : 1;
      const score = (r.score / Math.max(1, r.queryTerms.length)) * bitCount(mask) * incident;
      if (top.length === limit && score <= (top[limit - 1]?.score ?? 0)) continue;
      let at = top.length;
      while (at > 0 && (top[at - 1]?.score ?? 0) < score) at--;
      top.splice(at, 0, { score, entry, mask, terms: r.terms });
      if (top.length > limit) top.pop();
    }
    return top.map(({ score, entry, mask, terms: matched }) => ({
      id: entry.id,
      score,
      entry,
      matchedTerms: matched.filter((t) => !t.startsWith("=")),
      matchedWords: words.filter((_, i) => (mask & (1 << Math.min(i, 30))) !== 0),
    }));
  }

  return {
    search,
    upsert,
    add: upsert,
    update: upsert,
    remove,
    get: (id) => byId.get(id),
    get size() {
      return byId.size;
    },
  };
}
