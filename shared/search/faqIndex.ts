/**
 * The contact-centre FAQ index: our Swedish analysis (analyze.ts, query.ts) over a BM25 inverted index whose
 * vocabulary lives in MiniSearch's radix tree (engine.ts). Entries are analysed by their own language.
 *
 * Ranking: BM25 per field × field boost (question 3, tags 2, answer 2) × the query term's weight (a word counts more than its synonym
 * concept or compound part), summed, × the number of distinct query words matched, × the incident boost.
 */
import { looksEnglish } from "./detectLanguage.js";
import { LIGHT_WORDS } from "./lightWords.js";
import { TERM_WEIGHT, indexTerms, wordTerms, type AnalyzerLanguage, type WordTerm } from "./analyze.js";
import { Engine, MATCH, MAX_WORD_BIT, type EngineTerm } from "./engine.js";
import { tokenize } from "./normalize.js";
import { analyzeQuery } from "./query.js";
import { isStopword } from "./stopwords.js";
import type { FaqEntry, FaqHit, FaqIndexOptions, FaqLanguage, FaqSearchOptions, FaqStatus } from "./types.js";

// Answer 2 (1.5 before the seventh round): another municipality's entries ask generally and put the specifics in the
// answer; on blind9 (foreign FAQ A) recall@1 rose with the answer's weight (1.5 / 2 / 3: 80.8 / 82.7 / 86.5 %), on our
// sets 2 was the last step without a loss of right strong answers.
const DEFAULT_BOOST = { question: 3, tags: 2, answer: 2 };
const DEFAULT_LIMIT = 10;
const LIGHT_WEIGHT = 1; // a caller's when/where/who word (lightWords.ts) against 3–12 for a word by its length
const MARGIN_LOOKAHEAD = 4;
const FULL_QUESTION = 0.75; // reverse coverage at which the query asks the entry's own question // hits scored at least, to find the next hit that asks a different question

/**
 * The rule for a strong hit (tuned on the tuning part of test/shared/search/eval and on the shipped-FAQ tuning set,
 * see the README). Only the top hit, and only when all hold:
 * - `coverage`: it covers at least this share of the query's content words (weighted by length);
 * - `reverse`: the query addresses at least this share of the entry's own question and tags, each word weighted by
 *   how rare it is in the FAQ (IDF), so a topic word every entry of an incident shares ("vatten", "strömavbrott")
 *   says little and the entry's specific word ("ersättning", "tänderna") must be asked about;
 * - `margin`: it scores at least this many times the next hit that is a different question (an entry asking the
 *   same thing, as the demo FAQ and a scenario's drafts may both do, is no rival).
 * A `reverse` down to `evidenceReverse` is enough when the entry meets at least `evidenceWords` of the query's words as
 * they are (or by stem) that are rare in the FAQ (in at most `rareEntries` entries): another municipality's entry
 * often asks generally ("Vad ska jag använda kokt dricksvatten till?") and lists the specifics in its answer ("borsta
 * tänderna"), and two rare words of the question met there are evidence that it answers this question.
 * Or, with coverage only `soleCoverage` or more: it is the only entry of an FAQ of at least `soleMinEntries` entries
 * that the query meets at all (no rival), and the query asks at least `soleReverse` of its own question. A caller's
 * long question carries words no FAQ uses ("min mormor", "hemma"); being the one entry it meets is the evidence.
 * Or, whatever the reverse coverage: it covers at least `clearCoverage` of the query, meets at least `clearWords` of
 * its words as they are, and scores `clearMargin` times the next different question (tenth round).
 * Not frozen so a tuning script can try others.
 */
export const STRONG_RULE: {
  coverage: number;
  reverse: number;
  margin: number;
  specific: number;
  soleCoverage: number;
  soleReverse: number;
  soleMinEntries: number;
  evidenceReverse: number;
  evidenceWords: number;
  rareEntries: number;
  clearCoverage: number;
  clearMargin: number;
  clearWords: number;
} = {
  coverage: 0.55,
  reverse: 0.3,
  margin: 1.1,
  specific: 0.3,
  soleCoverage: 0.45,
  soleReverse: 0.5,
  soleMinEntries: 20,
  evidenceReverse: 0.15,
  evidenceWords: 2,
  rareEntries: 2,
  clearCoverage: 0.8,
  clearMargin: 2.5,
  clearWords: 2,
};
/**
 * Credit for a word by how it matched (engine MATCH order): directly, partly (or corrected/completed), by synonym,
 * only through the first part of a compound.
 */
const CREDIT = [1, 0.8, 0.5, 0.3] as const;

/**
 * How much a query word weighs in the coverage: its length, within bounds. Without word frequencies for the words
 * the FAQ does not contain, length is the proxy for how much a word says: the unmatched word of a question no entry
 * answers is typically its long, specific topic ("bevattningsförbudet", "brandvarnare"), the unmatched words of an
 * answerable one short and general ("sån", "tid").
 */
const wordWeight = (word: string): number =>
  LIGHT_WORDS.has(word) ? LIGHT_WEIGHT : Math.min(12, Math.max(3, word.length));

/** Per query word, the strongest match kind (MATCH) with which the hit matched it, or -1. */
function wordKinds(kindMasks: readonly number[], count: number): number[] {
  const out: number[] = [];
  for (let w = 0; w < count; w++) {
    const bit = 1 << Math.min(w, MAX_WORD_BIT);
    let kind = -1;
    for (let k = 0; k < CREDIT.length; k++) {
      if (((kindMasks[k] ?? 0) & bit) !== 0) {
        kind = k;
        break;
      }
    }
    out.push(kind);
  }
  return out;
}

function coverageOf(kinds: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  let total = 0;
  for (let w = 0; w < kinds.length; w++) {
    const kind = kinds[w] ?? -1;
    const weight = weights[w] ?? 0;
    total += weight;
    if (kind >= 0) sum += (CREDIT[kind] ?? 0) * weight;
  }
  return total === 0 ? 0 : sum / total;
}

export function analyzerFor(language: FaqLanguage): AnalyzerLanguage {
  return language === "en" ? "en" : language === "fi" ? "fi" : "sv";
}

/** The analyser for an entry: its language, or English for an entry filed as Swedish but written in English. */
function entryAnalyzer(entry: FaqEntry): AnalyzerLanguage {
  const language = analyzerFor(entry.language);
  return language === "sv" && looksEnglish(`${entry.question} ${entry.answer}`) ? "en" : language;
}

function fieldsOf(entry: FaqEntry): string[][] {
  const language = entryAnalyzer(entry);
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
  const language = entryAnalyzer(entry);
  const out: WordFamily[] = [];
  for (const token of tokenize([entry.question, ...entry.tags].join(" "))) {
    if (!isStopword(token.word)) out.push(wordTerms(token.word, language));
  }
  return out;
}

/**
 * Share of the entry question's (and tags') content words that the query matched in some form, each word weighted
 * by its inverse document frequency in the index (`idf`), so shared topic words count little.
 */
function reverseCoverage(
  words: readonly WordFamily[] | undefined,
  matched: readonly string[],
  idf: (terms: WordFamily) => number,
): number {
  if (!words || words.length === 0) return 0;
  let hit = 0;
  let total = 0;
  for (const terms of words) {
    const weight = idf(terms);
    total += weight;
    if (terms.some((t) => matched.includes(t.term))) hit += weight;
  }
  return total === 0 ? 0 : hit / total;
}

/**
 * Whether two entries ask the same question: at least half of their question words (together) are shared, a word
 * shared when any of its literal forms (surface or stem) is: "Måste jag koka vattnet?" and "Varför ska vattnet
 * kokas?" do, so one is no rival to the other.
 */
function sameQuestion(a: readonly WordFamily[] | undefined, b: readonly WordFamily[] | undefined): boolean {
  if (!a || !b || a.length === 0 || b.length === 0) return false;
  const bLiteral = new Set<string>();
  const bKinds = new Set<string>();
  for (const family of b)
    for (const t of family) {
      if (t.literal) bLiteral.add(t.term);
      if (t.literal || isHead(t)) bKinds.add(t.term);
    }
  let common = 0;
  for (const family of a)
    if (family.some((t) => (t.literal && bKinds.has(t.term)) || (isHead(t) && bLiteral.has(t.term)))) common++;
  return common / (a.length + b.length - common) >= 0.5;
}

/**
 * The last part of a compound, which names its kind: "dricksvatten" is a kind of "vatten", so "Var kan jag hämta
 * dricksvatten?" and "Var kan jag hämta vatten?" ask the same thing.
 */
const isHead = (t: WordTerm): boolean =>
  !t.literal && !t.modifier && t.weight === TERM_WEIGHT.part && !t.term.startsWith("=");

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
      kindMasks: t.kindMasks,
    }));
    const languages = opts.languages ? new Set(opts.languages) : null;
    const limit = Math.max(0, opts.limit ?? DEFAULT_LIMIT);
    // A few more than asked when few are asked: the margin over the next different question decides whether the
    // top is strong, and the next hit may ask the same question.
    const top = engine.search(
      terms,
      limit === 0 ? 0 : Math.max(limit, MARGIN_LOOKAHEAD),
      (slot, score, wordMask) => {
        const entry = bySlot[slot];
        if (!entry || (languages && !languages.has(entry.language))) return 0;
        const incident = opts.incidentId && entry.incidentId === opts.incidentId ? incidentBoost : 1;
        return score * bitCount(wordMask) * incident;
      },
      (a, c) => ((bySlot[a]?.id ?? "") < (bySlot[c]?.id ?? "") ? -1 : 1),
    );
    if (top.length === 0) return [];
    const weights = words.map(wordWeight);
    const hits = top.flatMap(({ slot, score, wordMask, kindMasks, terms: matched }) => {
      const entry = bySlot[slot];
      if (!entry) return [];
      const kinds = wordKinds(kindMasks, words.length);
      return [
        {
          hit: {
            id: entry.id,
            score,
            entry,
            matchedTerms: matched.filter((t) => !t.startsWith("=")),
            matchedWords: words.filter((_, i) => (wordMask & (1 << Math.min(i, MAX_WORD_BIT))) !== 0),
            coverage: coverageOf(kinds, weights),
            strong: false as boolean,
          } satisfies FaqHit<E>,
          slot,
          matched,
          kinds,
        },
      ];
    });
    const first = hits[0];
    if (first) first.hit.strong = isStrong(first, hits.slice(1), words);
    return hits.slice(0, limit).map((h) => h.hit);
  }

  function idfOf(family: WordFamily): number {
    const n = Math.max(1, engine.size);
    let df = 0;
    for (const t of family) if (t.literal) df = Math.max(df, engine.docFreq(t.term));
    if (df === 0) return 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Entries holding a query word in any of its literal forms (surface or stem, Swedish or English). */
  function docFreqOf(word: string): number {
    let df = 0;
    for (const language of ["sv", "en"] as const)
      for (const t of wordTerms(word, language)) if (t.literal) df = Math.max(df, engine.docFreq(t.term));
    return df;
  }

  /**
   * Whether the hit matched (not only through a compound's modifier) at least one query word that is specific in
   * this FAQ: its stem is in at most `specific` of the entries. A question made only of the incident's topic words
   * ("vattnet", "strömavbrott"), which half the entries share, picks no entry unless it asks the entry's own question
   * in full. Small indexes (under 8 entries) skip the check: there every word is in a large share.
   */
  function hasSpecificMatch(kinds: readonly number[], words: readonly string[]): boolean {
    const n = engine.size;
    if (n < 8) return true;
    for (let w = 0; w < words.length; w++) {
      const kind = kinds[w] ?? -1;
      if (kind < 0 || kind === MATCH.MODIFIER) continue;
      if (docFreqOf(words[w] ?? "") <= STRONG_RULE.specific * n) return true;
    }
    return false;
  }

  /**
   * Query words (not light ones) the hit matched as they are or by stem; with `rare`, only those that at most
   * `rareEntries` entries hold.
   */
  function wordsMet(kinds: readonly number[], words: readonly string[], rare = false): number {
    let count = 0;
    for (let w = 0; w < words.length; w++) {
      const kind = kinds[w] ?? -1;
      const word = words[w] ?? "";
      if ((kind !== MATCH.DIRECT && kind !== MATCH.PARTIAL) || LIGHT_WORDS.has(word)) continue;
      if (!rare || docFreqOf(word) <= STRONG_RULE.rareEntries) count++;
    }
    return count;
  }

  function isStrong(
    first: { hit: FaqHit<E>; slot: number; matched: string[]; kinds: number[] },
    rest: readonly { hit: FaqHit<E>; slot: number }[],
    words: readonly string[],
  ): boolean {
    const rule = STRONG_RULE;
    if (first.hit.coverage < Math.min(rule.coverage, rule.soleCoverage)) return false;
    const own = questionWordsBySlot[first.slot];
    const reverse = reverseCoverage(own, first.matched, idfOf);
    const rival = rest.find((h) => !sameQuestion(own, questionWordsBySlot[h.slot]));
    // Nearly every word of the question met, by an entry far ahead of the next: the caller asks what the entry
    // answers, however the entry's own question is worded ("can i water my vegetable garden" for "What can I use my tap
    // water for while the notice is in place?", whose answer says watering gardens is fine).
    // At least two of the caller's own words met, so a question that is one topic word ("Varför blir det
    // strömavbrott?") still needs the entry's own question asked.
    if (
      first.hit.coverage >= rule.clearCoverage &&
      wordsMet(first.kinds, words) >= rule.clearWords &&
      hasSpecificMatch(first.kinds, words) &&
      (!rival || first.hit.score >= rule.clearMargin * rival.hit.score)
    )
      return true;
    if (
      reverse < rule.reverse &&
      (reverse < rule.evidenceReverse || wordsMet(first.kinds, words, true) < rule.evidenceWords)
    )
      return false;
    // Asking the entry's own question in full needs no specific word ("Måste jag koka vattnet?" in a boil-water FAQ).
    if (reverse < FULL_QUESTION && !hasSpecificMatch(first.kinds, words)) return false;
    if (first.hit.coverage >= rule.coverage) return !rival || first.hit.score >= rule.margin * rival.hit.score;
    // The only entry of a sizeable FAQ that the question meets at all, and the entry's own question is asked: a
    // caller's long question most of whose words the FAQ does not use. In a small FAQ being alone says little.
    return !rival && engine.size >= rule.soleMinEntries && reverse >= rule.soleReverse;
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
