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
    }));
    const languages = opts.languages ? new Set(opts.languages) : null;
    const top = engine.search(terms, Math.max(0, opts.limit ?? DEFAULT_LIMIT), (slot, score, wordMask) => {
      const entry = bySlot[slot];
      if (!entry || (languages && !languages.has(entry.language))) return 0;
      const incident = opts.incidentId && entry.incidentId === opts.incidentId ? incidentBoost : 1;
      return score * bitCount(wordMask) * incident;
    }, (a, c) => ((bySlot[a]?.id ?? "") < (bySlot[c]?.id ?? "") ? -1 : 1));
    return top.flatMap(({ slot, score, wordMask, terms: matched }) => {
      const entry = bySlot[slot];
      if (!entry) return [];
      return [{
        id: entry.id,
        score,
        entry,
        matchedTerms: matched.filter((t) => !t.startsWith("=")),
        matchedWords: words.filter((_, i) => (wordMask & (1 << Math.min(i, MAX_WORD_BIT))) !== 0),
      }];
    });
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
