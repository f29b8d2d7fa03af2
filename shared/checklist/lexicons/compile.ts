import type { LexiconSource } from "./types.js";

export type LangFamily = "sv" | "en" | "fi";

/** A compiled lexicon. Regexes are global and used only through matchAll/search, which keep no state. */
export interface Lexicon {
  family: LangFamily;
  hedges: RegExp | null;
  modalHedges: RegExp | null;
  unconfirmed: RegExp | null;
  /** Organisation tokens (lower case, exact) and compound heads ("…kommunen", "…förvaltningen"). */
  orgWords: ReadonlySet<string>;
  orgSuffixes: readonly string[];
  /** Single words that mark an assessment by a named source ("bedömer", "beräknar", "estimates"). */
  attributionVerbs: ReadonlySet<string>;
  /** Word sequences that introduce a source ("enligt", "according to"). */
  attributionPrepositions: readonly (readonly string[])[];
  estimates: RegExp | null;
  conditions: RegExp | null;
  honestUnknowns: RegExp | null;
  certainPredictions: RegExp | null;
  boosters: RegExp | null;
  unnamedAssessor: RegExp | null;
  decisions: RegExp | null;
  reasons: RegExp | null;
  imperatives: ReadonlySet<string>;
  instructions: RegExp | null;
  closure: RegExp | null;
  nextUpdate: RegExp | null;
  moreInfo: RegExp | null;
  claimMarkers: RegExp | null;
  claimNouns: RegExp | null;
  verdicts: RegExp | null;
  blame: RegExp | null;
  faults: RegExp | null;
  legalese: RegExp | null;
  emotive: RegExp | null;
  superlatives: RegExp | null;
  parties: RegExp | null;
  groups: RegExp | null;
  groupBlame: RegExp | null;
  slurs: RegExp | null;
  hazards: RegExp | null;
  readerPronouns: ReadonlySet<string>;
  oldWords: RegExp | null;
  oldWordList: Replacements;
  abbreviations: RegExp | null;
  abbreviationList: Replacements;
  jargon: RegExp | null;
  explanations: RegExp | null;
  relativeTime: RegExp | null;
  dates: RegExp;
  times: RegExp;
  updatedLabels: RegExp | null;
  linkText: RegExp | null;
  nominalSuffix: RegExp | null;
  nominalWhitelist: readonly string[];
  passiveForms: ReadonlySet<string>;
  passiveSuffix: RegExp | null;
  passiveExceptions: ReadonlySet<string>;
  passiveAuxiliaries: ReadonlySet<string>;
  deponents: ReadonlySet<string>;
  manFollowers: ReadonlySet<string>;
  manPreceders: ReadonlySet<string>;
  stopwords: ReadonlySet<string>;
  dangers: RegExp | null;
  noComment: RegExp | null;
  emptyActors: RegExp | null;
  culprits: RegExp | null;
  casualties: RegExp | null;
  hearsay: RegExp | null;
  reassurance: RegExp | null;
  safeStatements: RegExp | null;
  unsafeStatements: RegExp | null;
  vagueTimes: RegExp | null;
  praise: RegExp | null;
  mockery: RegExp | null;
  idioms: RegExp | null;
  crisisJargon: RegExp | null;
  vmaHeader: RegExp | null;
  vmaPlace: RegExp | null;
  vmaRadio: RegExp | null;
}

/** Pattern → replacement pairs; the first pattern matching the whole hit gives the suggestion. */
export type Replacements = readonly (readonly [RegExp, string])[];

function replacements(record: Readonly<Record<string, string>>): Replacements {
  return Object.entries(record).map(
    ([k, v]) => [new RegExp(`^(?:${k.replace(/ /g, String.raw`\s+`)})$`, "iu"), v] as const,
  );
}

export function replacementFor(list: Replacements, hit: string): string | undefined {
  for (const [re, v] of list) if (re.test(hit)) return v;
  return undefined;
}

// Lexicons run on the lower-cased text (lowerSameLength), so no case-insensitive flag is needed and word
// boundaries can use a small Latin class instead of Unicode property lookups: about five times faster.
const LETTERS = String.raw`a-z\u00df-\u024f`;
const B = `(?<![${LETTERS}0-9])`;
const E = `(?![${LETTERS}0-9])`;

function alternation(entries: readonly string[]): string {
  return [...entries]
    .sort((a, b) => b.length - a.length)
    .map((e) => e.replace(/ /g, String.raw`\s+`).replaceAll(String.raw`[A-Za-zªµºÀ-ÖØ-öø-ɏ]`, `[${LETTERS}]`))
    .join("|");
}

/**
 * Scans are most of the scorer's time, and most entries of a list cannot match a given text: an entry that starts
 * with a plain word can only match where a word starts with the same three letters. So each list remembers its
 * entries, and a text is scanned with the entries it could contain only (compiled once per such subset).
 */
const PREFIX_LEN = 3;
const SUBSETS_KEPT = 64; // compiled subsets per list; the editor's text keeps its words from keystroke to keystroke

interface ListMatcher {
  full: RegExp;
  entries: readonly string[];
  /** Per entry: the hash of the first three letters of every match, or null when the entry could start otherwise. */
  prefixes: readonly (number | null)[];
  /**
   * Per entry: letter runs of which at least one occurs in every match ("kommentera" for "(?:vi )?kommentera(?:r)?
   * inte"), or null when the entry has none. A text that contains none of them cannot match the entry.
   */
  anchors: readonly (readonly number[][] | null)[];
  subsets: Map<number, { keep: number[]; re: RegExp | null }>;
  /** Builds the regex for a subset of the entries, with the list's own word boundaries. */
  wrap: (entries: readonly string[]) => RegExp;
}

/**
 * The three-character sequences a text contains, as two 65,536-bit sets: all of them, and those that start a word
 * (after a character that is not a Latin letter or digit, as the lexicons' word boundary). A hash collision only
 * keeps an entry that cannot match, never drops one that can.
 */
export interface TextGrams {
  all: Uint32Array;
  starts: Uint32Array;
}

export function gramHash(text: string, i: number): number {
  return (text.charCodeAt(i) * 1031 + text.charCodeAt(i + 1) * 37 + text.charCodeAt(i + 2)) & 0xffff;
}

function hasGram(bits: Uint32Array, h: number): boolean {
  return ((bits[h >>> 5] as number) & (1 << (h & 31))) !== 0;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xdf && c <= 0x24f);
}

/** `lower` is the same-length lower-cased text. */
export function textGrams(lower: string): TextGrams {
  const all = new Uint32Array(2048);
  const starts = new Uint32Array(2048);
  let previousWord = false;
  for (let i = 0; i + 3 <= lower.length; i++) {
    const h = gramHash(lower, i);
    all[h >>> 5] = (all[h >>> 5] as number) | (1 << (h & 31));
    const word = isWordChar(lower.charCodeAt(i));
    if (word && !previousWord) starts[h >>> 5] = (starts[h >>> 5] as number) | (1 << (h & 31));
    previousWord = word;
  }
  return { all, starts };
}

function anchorCodes(anchor: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 3 <= anchor.length; i++) out.push(gramHash(anchor, i));
  return out;
}

const MATCHERS = new WeakMap<RegExp, ListMatcher>();

function literalPrefix(entry: string): string | null {
  const m = /^[a-z\u00df-\u024f]+/u.exec(entry);
  if (m === null) return null;
  let word = m[0];
  // A quantifier right after the literal makes its last letter optional: "kokar?" guarantees only "koka".
  if (/^[?*{]/u.test(entry.slice(word.length))) word = word.slice(0, -1);
  return word.length >= PREFIX_LEN ? word.slice(0, PREFIX_LEN) : null;
}

const LETTER = /[a-z\u00df-\u024f]/u;
const MIN_ANCHOR = 3;

interface Cursor {
  s: string;
  i: number;
}

/** Consumes a quantifier at the cursor; true when it makes the preceding item optional (?, *, {0,…}). */
function quantifier(p: Cursor): boolean {
  const c = p.s[p.i];
  let optional = false;
  if (c === "?" || c === "*") {
    optional = true;
    p.i++;
  } else if (c === "+") p.i++;
  else if (c === "{") {
    const close = p.s.indexOf("}", p.i);
    if (close < 0) return false;
    optional = /^\{0\b/u.test(p.s.slice(p.i, close + 1));
    p.i = close + 1;
  } else return false;
  if (p.s[p.i] === "?") p.i++; // lazy
  return optional;
}

/** The best requirement of a sequence: one long literal, else the smallest set of alternatives. */
function best(reqs: readonly (readonly string[])[]): string[] | null {
  let out: readonly string[] | null = null;
  for (const r of reqs) {
    if (
      out === null ||
      r.length < out.length ||
      (r.length === out.length && Math.min(...r.map((x) => x.length)) > Math.min(...out.map((x) => x.length)))
    )
      out = r;
  }
  return out === null ? null : [...out];
}

function sequenceAnchors(p: Cursor): string[] | null {
  let run = "";
  const reqs: string[][] = [];
  const flush = () => {
    if (run.length >= MIN_ANCHOR) reqs.push([run]);
    run = "";
  };
  while (p.i < p.s.length) {
    const c = p.s[p.i] as string;
    if (c === "|" || c === ")") break;
    if (c === "(") {
      flush();
      p.i++;
      let look = false;
      if (p.s[p.i] === "?") {
        if (p.s[p.i + 1] === ":") p.i += 2;
        else {
          look = true;
          p.i += p.s[p.i + 1] === "<" && (p.s[p.i + 2] === "=" || p.s[p.i + 2] === "!") ? 3 : 2;
        }
      }
      const inner = alternativesAnchors(p);
      p.i++; // ")"
      const optional = quantifier(p);
      if (!look && !optional && inner !== null) reqs.push(inner);
      continue;
    }
    if (c === "[") {
      flush();
      p.i++;
      while (p.i < p.s.length && p.s[p.i] !== "]") p.i += p.s[p.i] === "\\" ? 2 : 1;
      p.i++;
      quantifier(p);
      continue;
    }
    if (c === "\\") {
      flush();
      if ((p.s[p.i + 1] === "p" || p.s[p.i + 1] === "P") && p.s[p.i + 2] === "{") p.i = p.s.indexOf("}", p.i) + 1;
      else p.i += 2;
      quantifier(p);
      continue;
    }
    if (LETTER.test(c)) {
      p.i++;
      const q = p.s[p.i];
      if (q === "?" || q === "*" || q === "+" || q === "{") {
        // The quantifier applies to this letter only: the run before it is still required.
        const optional = quantifier(p);
        if (!optional) run += c;
        flush();
        continue;
      }
      run += c;
      continue;
    }
    flush();
    p.i++;
    quantifier(p);
  }
  flush();
  return best(reqs);
}

function alternativesAnchors(p: Cursor): string[] | null {
  const all: string[] = [];
  let unknown = false;
  for (;;) {
    const a = sequenceAnchors(p);
    if (a === null) unknown = true;
    else all.push(...a);
    if (p.s[p.i] !== "|") break;
    p.i++;
  }
  return unknown ? null : [...new Set(all)];
}

/** Letter runs of which every match of the entry contains at least one, or null when none can be told. */
export function anchorsOf(entry: string): string[] | null {
  try {
    const p: Cursor = { s: entry, i: 0 };
    const a = alternativesAnchors(p);
    return p.i >= entry.length && a !== null && a.length > 0 ? a : null;
  } catch {
    return null;
  }
}

/**
 * The regex to scan a text with, given the three-letter starts of its words and its lower-cased text: the list's
 * own when every entry may match, a smaller one when some cannot, null when none can.
 */
export function regexFor(re: RegExp, grams: TextGrams): RegExp | null {
  const m = MATCHERS.get(re);
  if (m === undefined) return re;
  const keep: number[] = [];
  const starts = grams.starts;
  const all = grams.all;
  for (let i = 0; i < m.entries.length; i++) {
    const p = m.prefixes[i];
    if (p !== null && p !== undefined && !hasGram(starts, p)) continue;
    const anchors = m.anchors[i];
    if (anchors !== null && anchors !== undefined) {
      let possible = false;
      for (let k = 0; k < anchors.length && !possible; k++) {
        const codes = anchors[k] as number[];
        let every = true;
        for (let c = 0; c < codes.length && every; c++) every = hasGram(all, codes[c] as number);
        possible = every;
      }
      if (!possible) continue;
    }
    keep.push(i);
  }
  if (keep.length === m.entries.length) return re;
  // A numeric key (no string per call); the kept indices are compared on a hit, so a hash collision cannot return
  // another subset's regex.
  let key = keep.length;
  for (const i of keep) key = (Math.imul(key, 31) + i + 1) | 0;
  const hit = m.subsets.get(key);
  if (hit !== undefined && hit.keep.length === keep.length && hit.keep.every((x, j) => x === keep[j])) return hit.re;
  const sub = keep.length === 0 ? null : m.wrap(keep.map((i) => m.entries[i] as string));
  if (m.subsets.size >= SUBSETS_KEPT) m.subsets.delete(m.subsets.keys().next().value as number);
  m.subsets.set(key, { keep, re: sub });
  return sub;
}

/** Whole-word alternation of the entries, for lower-cased text; null for an empty list. */
export function wordsRegex(entries: readonly string[] | undefined): RegExp | null {
  if (entries === undefined || entries.length === 0) return null;
  const wrap = (xs: readonly string[]) => new RegExp(`${B}(?:${alternation(xs)})${E}`, "g");
  const re = wrap(entries);
  const prefixes = entries.map((e) => {
    const p = literalPrefix(e);
    return p === null ? null : gramHash(p, 0);
  });
  const anchors = entries.map((e) => anchorsOf(e)?.map(anchorCodes) ?? null);
  if (prefixes.some((x) => x !== null) || anchors.some((x) => x !== null))
    MATCHERS.set(re, { full: re, entries, prefixes, anchors, subsets: new Map(), wrap });
  return re;
}

/**
 * A case-sensitive list on the original text ("(S)", "SD" but not "sd-kort"), pre-filtered like the others by the
 * letters its entries need in the lower-cased text (no word-start test: "[Kk]ommunalråd" may start either way).
 */
function caseSensitiveList(entries: readonly string[] | undefined): RegExp | null {
  if (entries === undefined || entries.length === 0) return null;
  const wrap = (xs: readonly string[]) =>
    new RegExp(String.raw`(?<![A-Za-z\u00c0-\u024f0-9])(?:${xs.join("|")})s?(?![A-Za-z\u00c0-\u024f0-9])`, "g");
  const re = wrap(entries);
  const anchors = entries.map(
    (e) => anchorsOf(e.toLowerCase().replace(/\[([a-zåäö])\1\]/gu, "$1"))?.map(anchorCodes) ?? null,
  );
  MATCHERS.set(re, { full: re, entries, prefixes: entries.map(() => null), anchors, subsets: new Map(), wrap });
  return re;
}

const GENERIC_DATES = [
  String.raw`\d{4}-\d{2}-\d{2}`,
  String.raw`\d{1,2}\/\d{1,2}(?:\/\d{2,4})?`,
  String.raw`\d{1,2}\.\d{1,2}\.(?:\d{2,4})?`,
];
const GENERIC_TIMES = [String.raw`(?:[01]?\d|2[0-3])[:.][0-5]\d`];

export function compileLexicon(family: LangFamily, src: LexiconSource): Lexicon {
  const oldWords = src.oldWords ?? {};
  const abbreviations = src.abbreviations ?? {};
  const lower = (xs: readonly string[] | undefined) => new Set((xs ?? []).map((x) => x.toLowerCase()));
  return {
    family,
    hedges: wordsRegex(src.hedges),
    modalHedges: wordsRegex(src.modalHedges),
    unconfirmed: wordsRegex(src.unconfirmed),
    orgWords: lower(src.orgWords),
    orgSuffixes: src.orgSuffixes ?? [],
    attributionVerbs: lower(src.attributionVerbs),
    attributionPrepositions: (src.attributionPrepositions ?? []).map((p) => p.toLowerCase().split(" ")),
    estimates: wordsRegex(src.estimates),
    conditions: wordsRegex(src.conditions),
    honestUnknowns: wordsRegex(src.honestUnknowns),
    certainPredictions: wordsRegex(src.certainPredictions),
    boosters: wordsRegex(src.boosters),
    unnamedAssessor: wordsRegex(src.unnamedAssessor),
    decisions: wordsRegex(src.decisions),
    reasons: wordsRegex(src.reasons),
    imperatives: lower(src.imperatives),
    instructions: wordsRegex(src.instructions),
    closure: wordsRegex(src.closure),
    nextUpdate: wordsRegex(src.nextUpdate),
    moreInfo: wordsRegex(src.moreInfo),
    claimMarkers: wordsRegex(src.claimMarkers),
    claimNouns: wordsRegex(src.claimNouns),
    verdicts: wordsRegex(src.verdicts),
    blame: wordsRegex(src.blame),
    faults: wordsRegex(src.faults),
    legalese: wordsRegex(src.legalese),
    emotive: wordsRegex(src.emotive),
    superlatives: wordsRegex(src.superlatives),
    // Parties are matched case-sensitively on the original text: "(S)", "SD" but not "sd-kort".
    parties: caseSensitiveList(src.parties),
    groups: wordsRegex(src.groups),
    groupBlame: wordsRegex(src.groupBlame),
    slurs: wordsRegex(src.slurs),
    hazards: wordsRegex(src.hazards),
    readerPronouns: lower(src.readerPronouns),
    oldWords: wordsRegex(Object.keys(oldWords)),
    oldWordList: replacements(oldWords),
    abbreviations: wordsRegex(Object.keys(abbreviations).map((k) => `${k}(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`)),
    abbreviationList: replacements(abbreviations),
    jargon: wordsRegex(src.jargon),
    explanations: wordsRegex(src.explanations),
    relativeTime: wordsRegex(src.relativeTime),
    dates: wordsRegex([...GENERIC_DATES, ...(src.dates ?? [])]) as RegExp,
    times: wordsRegex([...GENERIC_TIMES, ...(src.times ?? [])]) as RegExp,
    updatedLabels: wordsRegex(src.updatedLabels),
    linkText: wordsRegex(src.linkText),
    nominalSuffix: src.nominalSuffix ? new RegExp(`(?:${src.nominalSuffix})$`, "u") : null,
    nominalWhitelist: src.nominalWhitelist ?? [],
    passiveForms: lower(src.passiveForms),
    passiveSuffix: src.passiveSuffix ? new RegExp(`(?:${src.passiveSuffix})$`, "u") : null,
    passiveExceptions: lower(src.passiveExceptions),
    passiveAuxiliaries: lower(src.passiveAuxiliaries),
    deponents: lower(src.deponents),
    manFollowers: lower(src.manFollowers),
    manPreceders: lower(src.manPreceders),
    stopwords: lower(src.stopwords),
    dangers: wordsRegex(src.dangers),
    noComment: wordsRegex(src.noComment),
    emptyActors: wordsRegex(src.emptyActors),
    culprits: wordsRegex(src.culprits),
    casualties: wordsRegex(src.casualties),
    hearsay: wordsRegex(src.hearsay),
    reassurance: wordsRegex(src.reassurance),
    safeStatements: wordsRegex(src.safeStatements),
    unsafeStatements: wordsRegex(src.unsafeStatements),
    vagueTimes: wordsRegex(src.vagueTimes),
    praise: wordsRegex(src.praise),
    mockery: wordsRegex(src.mockery),
    idioms: wordsRegex(src.idioms),
    crisisJargon: wordsRegex(src.crisisJargon),
    vmaHeader: src.vmaHeader ? new RegExp(src.vmaHeader, "iu") : null,
    vmaPlace: src.vmaPlace ? new RegExp(src.vmaPlace, "u") : null,
    vmaRadio: src.vmaRadio ? new RegExp(src.vmaRadio, "iu") : null,
  };
}
