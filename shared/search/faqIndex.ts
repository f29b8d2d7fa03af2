/**
 * The contact-centre FAQ index: MiniSearch (BM25 over a radix tree, with fuzzy and prefix lookup) fed with
 * our own Swedish analysis. We analyse text ourselves in extractField, because the stemmer depends on the
 * entry's language, which MiniSearch's per-term hook cannot see.
 *
 * Ranking: BM25 per query term × the term's weight (a word counts more than its synonym concept or compound
 * part), summed, then multiplied by the number of distinct query words matched (MiniSearch multiplies by
 * matched terms, which would reward one word's many expansions), then by the incident boost.
 */
import MiniSearch from "minisearch";
import { indexTerms, type AnalyzerLanguage } from "./analyze.js";
import { analyzeQuery } from "./query.js";
import type { FaqEntry, FaqHit, FaqIndexOptions, FaqLanguage, FaqSearchOptions, FaqStatus } from "./types.js";

const TEXT_FIELDS = ["question", "tags", "answer"] as const;
const DEFAULT_BOOST = { question: 3, tags: 2, answer: 1 };
const DEFAULT_LIMIT = 10;

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
  const mini = new MiniSearch<E>({
    fields: [...TEXT_FIELDS],
    extractField: (doc, field) => extractField(doc, field),
    tokenize: (text) => text.split(" "),
    processTerm: (term) => term,
  });

  function remove(id: string): void {
    if (!byId.delete(id)) return;
    mini.discard(id); // lazy: references are cleaned up by MiniSearch's background vacuum
  }

  function upsert(entry: E): void {
    remove(entry.id);
    if (!statuses.has(entry.status)) return;
    byId.set(entry.id, entry);
    mini.add(entry);
  }

  for (const entry of entries) upsert(entry);

  function search(query: string, opts: FaqSearchOptions = {}): FaqHit<E>[] {
    const { words, terms } = analyzeQuery(query);
    if (terms.length === 0) return [];
    const spec = new Map(terms.map((t) => [t.term, t]));
    const languages = opts.languages ? new Set(opts.languages) : null;
    const raw = mini.search(terms.map((t) => t.term).join(" "), {
      boost,
      prefix: (term) => spec.get(term)?.prefix ?? false,
      fuzzy: (term) => spec.get(term)?.fuzzy ?? 0,
      boostTerm: (term) => spec.get(term)?.weight ?? 1,
      filter: languages ? (r) => languages.has(byId.get(String(r.id))?.language ?? "sv") : undefined,
    });

    const hits: FaqHit<E>[] = [];
    for (const r of raw) {
      const entry = byId.get(String(r.id));
      if (!entry) continue;
      const matchedWordIdx = new Set<number>();
      for (const qt of r.queryTerms) for (const w of spec.get(qt)?.words ?? []) matchedWordIdx.add(w);
      const base = r.score / Math.max(1, r.queryTerms.length);
      const incident = opts.incidentId && entry.incidentId === opts.incidentId ? incidentBoost : 1;
      hits.push({
        id: entry.id,
        score: base * matchedWordIdx.size * incident,
        entry,
        matchedTerms: r.terms.filter((t) => !t.startsWith("=")),
        matchedWords: [...matchedWordIdx].sort((a, b) => a - b).map((i) => words[i] ?? ""),
      });
    }
    hits.sort((a, b) => b.score - a.score);
    return hits.slice(0, opts.limit ?? DEFAULT_LIMIT);
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
