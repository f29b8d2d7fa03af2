import type { Analysis, FieldText, Sentence } from "../analysis.js";
import type { Lexicon } from "../lexicons/index.js";
import { span } from "../text/spans.js";
import { isCapitalised, type Token } from "../text/tokenize.js";
import { rangeIndexAt, rangeIndexBefore, type Hit } from "../text/match.js";
import type { Draft } from "../types.js";

export interface LexHit extends FieldMatch {
  sentence: Sentence;
}

export interface HitOptions {
  /** Skip quotations and claim clauses (research.md §3.5). */
  skipQuoted?: boolean;
  /** Skip questions: a question asserts nothing (FAQ titles, "Kan jag duscha?"). */
  skipQuestions?: boolean;
  /** Match on the original text (case-sensitive patterns) instead of the lower-cased one. */
  original?: boolean;
}

/**
 * A rule's own expression for the text's language (easy Swedish is Swedish), scanned only when its literal gate finds
 * one of the message's fields: most texts hold none of a frame's words, and the expression is tried at every letter.
 * Returns no hits for a language the rule has no expression or gate for.
 */
export function gatedHits(
  a: Analysis,
  frames: Readonly<Record<string, RegExp>>,
  gates: Readonly<Record<string, RegExp>>,
  options: HitOptions = {},
): readonly LexHit[] {
  const lang = a.language === "sv-lattlast" ? "sv" : a.language;
  const re = frames[lang];
  const gate = gates[lang];
  if (re === undefined || gate === undefined || !a.fields.some((f) => gate.test(f.lower))) return [];
  return lexHits(a, re, options);
}

/** The first of the hits in each sentence: one boast, one blame, one finding per sentence however often it matches. */
export function firstPerSentence<H extends LexHit>(hits: readonly H[]): H[] {
  const seen = new Set<string>();
  return hits.filter((h) => {
    const key = `${h.field.name}:${h.sentence.index}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Matches of a lexicon regex in title and body, each with its sentence. Computed once per analysis for each list
 * and options (several rules ask for the same list); the returned array is shared, so callers must not change it.
 */
export function lexHits(a: Analysis, re: RegExp | null, options: HitOptions = {}): readonly LexHit[] {
  if (re === null) return [];
  const cache = a.memo("lexHits", () => new Map<RegExp, Map<number, readonly LexHit[]>>());
  const key = (options.skipQuoted ? 1 : 0) + (options.skipQuestions ? 2 : 0) + (options.original ? 4 : 0);
  let byOptions = cache.get(re);
  if (byOptions === undefined) {
    byOptions = new Map();
    cache.set(re, byOptions);
  }
  let hits = byOptions.get(key);
  if (hits === undefined) {
    hits = computeLexHits(a, re, options);
    byOptions.set(key, hits);
  }
  return hits;
}

function computeLexHits(a: Analysis, re: RegExp, options: HitOptions): LexHit[] {
  const out: LexHit[] = [];
  for (const field of a.fields) {
    for (const m of a.matches(field, re, options.original)) {
      const hit = { ...m, text: field.text.slice(m.start, m.end) };
      if (options.skipQuoted && rangeIndexAt(field.excluded, hit.start) >= 0) continue;
      const sentence = field.sentences[rangeIndexBefore(field.sentences, hit.start)];
      if (sentence === undefined) continue;
      if (options.skipQuestions && sentence.question) continue;
      out.push({ field, hit, sentence });
    }
  }
  return out;
}

/** A match in one field: a lexicon hit, an exclamation mark, a word in capitals … */
export interface FieldMatch<H extends Hit = Hit> {
  field: FieldText;
  hit: H;
}

/** What a rule says about one match; `findingsForMatches` underlines the matched text. */
export type MatchFinding = Omit<Draft, "span">;

/**
 * The loop most text rules share: one finding per match, in order, spanning the matched text. `makeFinding`
 * returns null to let a match pass (attributed, an estimate, already reported …).
 */
export function findingsForMatches<M extends FieldMatch<Hit>>(
  matches: readonly M[],
  makeFinding: (m: M) => MatchFinding | null,
): Draft[] {
  const out: Draft[] = [];
  for (const m of matches) {
    const finding = makeFinding(m);
    if (finding !== null) out.push({ span: span(m.field.name, m.hit.start, m.hit.end), ...finding });
  }
  return out;
}

/** Matches found field by field (title, then body), for rules that look for something other than a lexicon list. */
export function fieldMatches<H extends Hit>(a: Analysis, find: (field: FieldText) => readonly H[]): FieldMatch<H>[] {
  const out: FieldMatch<H>[] = [];
  for (const field of a.fields) for (const hit of find(field)) out.push({ field, hit });
  return out;
}

/** Organisation suffixes by their last two letters: a token is checked against the few that can end it. */
const SUFFIX_INDEX = new WeakMap<Lexicon, Map<string, string[]>>();

function suffixIndex(lex: Lexicon): Map<string, string[]> {
  let index = SUFFIX_INDEX.get(lex);
  if (index === undefined) {
    index = new Map();
    for (const suffix of lex.orgSuffixes) {
      const key = suffix.slice(-2);
      const list = index.get(key) ?? [];
      list.push(suffix);
      index.set(key, list);
    }
    SUFFIX_INDEX.set(lex, index);
  }
  return index;
}

/** Machinery named like an agency ("-verket"): a switchgear or a pump house vouches for nothing. */
const MACHINERY = /(?:ställ|pump|såg|stål|ur|spel|hjul)verk/u;

export function isOrg(lex: Lexicon, lower: string): boolean {
  if (lex.orgWords.has(lower)) return true;
  if (MACHINERY.test(lower)) return false;
  const candidates = suffixIndex(lex).get(lower.slice(-2));
  if (candidates !== undefined) for (const suffix of candidates) if (lower.endsWith(suffix)) return true;
  return false;
}

const NEGATIONS = new Set(["inte", "ej", "icke", "aldrig", "not", "never", "yet", "ännu"]);

/** Capitalised words that are never a named source ("Man bedömer" names nobody). */
// The writer ("vi", "we") is no outside source either: "We suspect sabotage" is the writer's own guess.
const NOT_SOURCES = new Set([
  "man",
  "det",
  "den",
  "detta",
  "denna",
  "de",
  "dessa",
  "it",
  "one",
  "they",
  "this",
  "there",
  "se",
  "ne",
  "vi",
  "we",
  "jag",
  "i",
  "du",
  "ni",
  "you",
  // People who are no authority: their belief or account is hearsay, not an assessment ("Personalen misstänker att …").
  "personalen",
  "folk",
  "flera",
  "många",
  "några",
  "någon",
  "grannar",
  "grannarna",
  "vittnen",
  "boende",
  "staff",
  "people",
  "someone",
  "somebody",
  "some",
  "others",
  "residents",
  "neighbours",
  "neighbors",
  "witnesses",
  "locals",
]);

/** The writer as subject, per language: Swedish "i" is the preposition ("meddelar i ett pressmeddelande"). */
const WRITER: Readonly<Record<string, ReadonlySet<string>>> = {
  sv: new Set(["vi", "jag"]),
  en: new Set(["we", "i"]),
  fi: new Set(["me", "minä"]),
};

function isSource(lex: Lexicon, tok: Token | undefined): boolean {
  if (tok === undefined || tok.type !== "word" || NOT_SOURCES.has(tok.lower)) return false;
  return isOrg(lex, tok.lower) || isCapitalised(tok);
}

function prepositionAt(field: FieldText, i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (field.tokens[i + k]?.lower !== words[k]) return false;
  return true;
}

function negatedNear(field: FieldText, i: number, s: Sentence): boolean {
  for (const x of [field.tokens[i - 1], field.tokens[i - 2], field.tokens[i + 1]]) {
    if (x !== undefined && x.start >= s.start && x.end <= s.end && NEGATIONS.has(x.lower)) return true;
  }
  return false;
}

/** Words that put an assessment still to come before its verb: "will confirm", "väntas bekräfta". */
const TO_COME = new Set(["will", "väntas", "förväntas", "beräknas"]);
/** Words before "att"/"to" that make the verb after it an assessment still to come: "kommer att bekräfta". */
const TO_COME_BEFORE_TO = new Set(["kommer", "väntas", "förväntas", "expected", "going", "yet", "due", "likely"]);

/**
 * An assessment the source has not made yet vouches for nothing: "vi räknar med att polisen snart kommer att
 * bekräfta det", "we expect the police to confirm", "the police will confirm" leave the writer's guess a guess.
 */
function stillToCome(field: FieldText, i: number, s: Sentence): boolean {
  const inside = (k: number) => {
    const x = field.tokens[k];
    return x !== undefined && x.start >= s.start ? x.lower : "";
  };
  const one = inside(i - 1);
  if (TO_COME.has(one)) return true;
  if (one !== "att" && one !== "to") return false;
  if (TO_COME_BEFORE_TO.has(inside(i - 2))) return true;
  // "expect the police to confirm", "räknar med att polisen bekräftar" is the writer's expectation, not the source's word.
  for (let k = i - 2; k >= s.firstToken && k >= i - 6; k--) if (EXPECTING.has(inside(k))) return true;
  return false;
}
const EXPECTING = new Set(["expect", "expects", "expecting", "expected", "räknar", "tror", "hoppas", "antar"]);

/**
 * Sentences that name a responsible source (research.md §3.2): an assessment verb next to an organisation or a name
 * ("Räddningstjänsten beräknar", "meddelar Vattenfall"), or "enligt"/"according to" before one.
 */
export function attributedSentences(a: Analysis, field: FieldText): Uint8Array {
  return a.memo(`attributed:${field.name}`, () => {
    const out = new Uint8Array(field.sentences.length);
    const lex = a.lex;
    if (lex === null) return out;
    for (const s of field.sentences) {
      let hasOrg = false;
      let hasVerb = false;
      for (let i = s.firstToken; i < s.endToken && out[s.index] === 0; i++) {
        const tok = field.tokens[i];
        if (tok === undefined) continue;
        if (!hasOrg && isOrg(lex, tok.lower)) hasOrg = true;
        // "… även om polisen inte har bekräftat något" names a source that does NOT vouch for the statement.
        if (lex.attributionVerbs.has(tok.lower) && !negatedNear(field, i, s) && !stillToCome(field, i, s)) {
          const near = [field.tokens[i - 1], field.tokens[i - 2], field.tokens[i + 1]].filter(
            (x) => x !== undefined && x.start >= s.start && x.end <= s.end,
          );
          // "Vi räknar med att polisen …": the writer's own verb does not make the organisation named later a source.
          const writers = [field.tokens[i - 1], field.tokens[i + 1]];
          const writer = WRITER[lex.family];
          if (
            !writers.some(
              (x) => x !== undefined && x.start >= s.start && x.end <= s.end && writer?.has(x.lower) === true,
            )
          )
            hasVerb = true;
          if (near.some((x) => isSource(lex, x))) out[s.index] = 1;
        }
        for (const words of lex.attributionPrepositions) {
          if (!prepositionAt(field, i, words)) continue;
          const after = field.tokens[i + words.length];
          const before = field.tokens[i - 1];
          if (
            (after && after.end <= s.end && isSource(lex, after)) ||
            (before && before.start >= s.start && isSource(lex, before))
          )
            out[s.index] = 1;
        }
      }
      if (hasOrg && hasVerb) out[s.index] = 1;
    }
    return out;
  });
}

/**
 * The writer expecting a source to confirm something later ("vi räknar med att polisen snart bekräftar det", "we
 * expect the police to confirm this") is neither a forecast nor an assessment: it dresses the writer's guess up.
 */
const EXPECTED_CONFIRMATION =
  /(?:räknar (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?med|förväntar (?:oss|vi)|tror|hoppas|expect[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|anticipate[A-Za-zªµºÀ-ÖØ-öø-ɏ]*) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,5}?(?:bekräfta[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|confirm[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/** Sentences with a forecast or an assessment of the writer's own ("vi räknar med", "vi bedömer"): no guess. */
export function estimateSentence(a: Analysis, field: FieldText, i: number): boolean {
  if (a.flags(field, "estimates")[i] !== 1) return false;
  const s = field.sentences[i];
  return s === undefined || !EXPECTED_CONFIRMATION.test(field.lower.slice(s.start, s.end));
}

export function attributed(a: Analysis, field: FieldText): (i: number) => boolean {
  const flags = attributedSentences(a, field);
  return (i) => flags[i] === 1;
}

export function anyFlag(flags: Uint8Array): boolean {
  return flags.includes(1);
}

/** True when the lexicon list matches anywhere in title or body (outside quotes when asked). */
export function mentions(a: Analysis, re: RegExp | null, options: HitOptions = {}): boolean {
  return lexHits(a, re, options).length > 0;
}

/**
 * Cases reported to the health authority are its statistics, not hearsay or a guess. FA12 spares the cases named as
 * the subject ("Fallen rapporterades från åtta regioner", "cases were reported"); FA2 also any reported count and the
 * count after the verb ("102 har rapporterats", "rapporterades 12 fall").
 */
export const CASES_REPORTED =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:fall(?:en)?|cases?) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:har |hade )?(?:rapporter(?:ats|ades|as)|(?:were|have been|has been|was) reported)/u;
export const FIGURES_REPORTED =
  /(?:(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:fall(?:en)?|cases?|smittade|insjuknade|\d+) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,4}?(?:har |hade )?(?:rapporter(?:ats|ades|as)|(?:were|have been|has been|was) reported)|(?:rapporter(?:ats|ades|as)|reported) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:\d+|fall|cases?))/u;

/** A dated entry head of a running log ("Uppdatering 07:07", "Update 14:30"). */
const LOG_HEAD = /^[ \t]*(?:uppdatering|uppdaterad|update|updated)\b[^\n]{0,30}?\d{1,2}[:.]\d{2}[^\n]{0,20}$/gmu;
/** Below the newest entry of a running log, a promise was kept by the entries above it (a rescue service's live log). */
export function inOlderEntry(field: { lower: string }, at: number): boolean {
  const heads = [...field.lower.matchAll(LOG_HEAD)].map((m) => m.index);
  return heads.length >= 2 && heads.filter((h) => h < at).length >= 2;
}
