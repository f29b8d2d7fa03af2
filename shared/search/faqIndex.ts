/**
 * The contact-centre FAQ index: our Swedish analysis (analyze.ts, query.ts) over a BM25 inverted index whose
 * vocabulary lives in MiniSearch's radix tree (engine.ts). Entries are analysed by their own language.
 *
 * Ranking: BM25 per field × field boost × the query term's weight (a word counts more than its synonym
 * concept or compound part), summed, × the number of distinct query words matched, × the incident boost.
 */
import { indexTerms, wordTerms, type AnalyzerLanguage, type WordTerm } from "./analyze.js";
import { Engine, MAX_WORD_BIT, type EngineTerm } from "./engine.js";
import { tokenize } from "./normalize.js";
import { analyzeQuery } from "./query.js";
import { isStopword } from "./stopwords.js";
import type { FaqEntry, FaqHit, FaqIndexOptions, FaqLanguage, FaqSearchOptions, FaqStatus } from "./types.js";

const DEFAULT_BOOST = { question: 3, tags: 2, answer: 1 };
const DEFAULT_LIMIT = 10;

/**
 * The rule for a strong hit (tuned on the tuning part of test/shared/search/eval, see the README): the top hit
 * covers at least `coverage` of the query's content words (weighted by length), the query addresses at least
 * `reverse` of the content words of the hit's own question and tags (an entry about something more specific than
 * what was asked, "Får jag ersättning från elbolaget för ett långt strömavbrott?" for "varför blir det
 * strömavbrott", is no answer to it), and it scores at least `margin` times the next hit. Not frozen so a tuning
 * script can try others.
 */
export const STRONG_RULE: { coverage: number; reverse: number; margin: number } = {
  coverage: 0.55,
  reverse: 0.3,
  margin: 1.1,
};
/**
 * Credit for a word by how it matched (engine MATCH order): directly, partly (or corrected/completed), by synonym,
 * only through the first part of a compound.
 */
const CREDIT = [1, 0.7, 0.5, 0.3] as const;

/**
 * How much a query word weighs in the coverage: its length, within bounds. Without word frequencies for the words
 * the FAQ does not contain, length is the proxy for how much a word says: the unmatched word of a question no entry
 * answers is typically its long, specific topic ("bevattningsförbudet", "brandvarnare"), the unmatched words of an
 * answerable one short and general ("sån", "tid").
 */
const wordWeight = (word: string): number => Math.min(12, Math.max(3, word.length));

function coverageOf(kindMasks: readonly number[], words: readonly string[]): number {
  let sum = 0;
  let total = 0;
  for (let w = 0; w < words.length; w++) {
    const weight = wordWeight(words[w] ?? "");
    total += weight;
    const bit = 1 << Math.min(w, MAX_WORD_BIT);
    for (let k = 0; k < CREDIT.length; k++) {
      if (((kindMasks[k] ?? 0) & bit) !== 0) {
        sum += (CREDIT[k] ?? 0) * weight;
        break;
      }
    }
  }
  return total === 0 ? 0 : sum / total;
}

export function analyzerFor(language: FaqLanguage): AnalyzerLanguage {
  return language === "en" ? "en" : language === "fi" ? "fi" : "sv";
}

function fieldsOf(entry: FaqEntry): string[][] {
  const language = analyzerFor(entry.language);
  return [
    indexTerms(entry.question, language),
    indexTerms(entry.tags.join(" "), language),
    indexTerms(entry.answer, language),
  ];
}

type WordFamily = readonly WordTerm[];

/**
 * Per content word of an entry's question and tags (the topics the entry declares), the terms that stand for it
 * (its stem, parts, concepts...): the analyser's memoised arrays, shared between entries, so 5,000 entries cost
 * little memory.
 */
function questionWords(entry: FaqEntry): WordFamily[] {
  const language = analyzerFor(entry.language);
  const out: WordFamily[] = [];
  for (const token of tokenize([entry.question, ...entry.tags].join(" "))) {
    if (!isStopword(token.word)) out.push(wordTerms(token.word, language));
  }
  return out;
}

/** Share of the entry question's (and tags') content words that the query matched in some form. */
function reverseCoverage(words: readonly WordFamily[] | undefined, matched: readonly string[]): number {
  if (!words || words.length === 0) return 0;
  let hit = 0;
  for (const terms of words) if (terms.some((t) => matched.includes(t.term))) hit++;
  return hit / words.length;
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

export function createFaqIndex<E extends FaqEntry>(
  entries: Iterable<E> = [],
  options: FaqIndexOptions = {},
): FaqIndex<E> {
  const statuses: ReadonlySet<FaqStatus> = new Set(options.statuses ?? ["published"]);
  const b = { ...DEFAULT_BOOST, ...options.fieldBoost };
  const fieldBoost = [b.question, b.tags, b.answer];
  const incidentBoost = options.incidentBoost ?? 2;
  const engine = new Engine();
  const slotOf = new Map<string, number>();
  const bySlot: (E | undefined)[] = [];
  const questionWordsBySlot: (WordFamily[] | undefined)[] = [];
  const freeSlots: number[] = [];

  function remove(id: string): void {
    const slot = slotOf.get(id);
    const old = slot === undefined ? undefined : bySlot[slot];
    if (slot === undefined || !old) return;
    engine.remove(slot, fieldsOf(old));
    slotOf.delete(id);
    bySlot[slot] = undefined;
    questionWordsBySlot[slot] = undefined;
    freeSlots.push(slot);
  }

  function upsert(entry: E): void {
    remove(entry.id);
    if (!statuses.has(entry.status)) return;
    const slot = freeSlots.pop() ?? bySlot.length;
    bySlot[slot] = entry;
    questionWordsBySlot[slot] = questionWords(entry);
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
    const top = engine.search(
      terms,
      limit === 1 ? 2 : limit,
      (slot, score, wordMask) => {
        const entry = bySlot[slot];
        if (!entry || (languages && !languages.has(entry.language))) return 0;
        const incident = opts.incidentId && entry.incidentId === opts.incidentId ? incidentBoost : 1;
        return score * bitCount(wordMask) * incident;
      },
      (a, c) => ((bySlot[a]?.id ?? "") < (bySlot[c]?.id ?? "") ? -1 : 1),
    );
    const firstScored = top[0];
    const reverse = firstScored ? reverseCoverage(questionWordsBySlot[firstScored.slot], firstScored.terms) : 0;
    const hits = top.flatMap(({ slot, score, wordMask, kindMasks, terms: matched }) => {
      const entry = bySlot[slot];
      if (!entry) return [];
      return [
        {
          id: entry.id,
          score,
          entry,
          matchedTerms: matched.filter((t) => !t.startsWith("=")),
          matchedWords: words.filter((_, i) => (wordMask & (1 << Math.min(i, MAX_WORD_BIT))) !== 0),
          coverage: coverageOf(kindMasks, words),
          strong: false,
        },
      ];
    });
    const [first, second] = hits;
    const rule = STRONG_RULE;
    if (
      first &&
      first.coverage >= rule.coverage &&
      reverse >= rule.reverse &&
      (!second || first.score >= rule.margin * second.score)
    )
      first.strong = true;
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
