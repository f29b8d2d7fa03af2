import type { LexiconSource } from "./types.js";

export type LangFamily = "sv" | "en" | "fi";

/** A compiled lexicon. Regexes are global and used only through matchAll/search, which keep no state. */
export interface Lexicon {
  family: LangFamily;
  hedges: RegExp | null;
  modalHedges: RegExp | null;
  unconfirmed: RegExp | null;
  sources: RegExp | null;
  attribution: RegExp | null;
  /** "Enligt Vattenfall", "Vattenfall bedömer": a capitalised name as the source (case-sensitive). */
  namedAttribution: RegExp | null;
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
  emotive: RegExp | null;
  superlatives: RegExp | null;
  parties: RegExp | null;
  groups: RegExp | null;
  groupBlame: RegExp | null;
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
  vmaHeader: RegExp | null;
  vmaPlace: RegExp | null;
  vmaRadio: RegExp | null;
}

/** Pattern → replacement pairs; the first pattern matching the whole hit gives the suggestion. */
export type Replacements = readonly (readonly [RegExp, string])[];

function replacements(record: Readonly<Record<string, string>>): Replacements {
  return Object.entries(record).map(([k, v]) => [new RegExp(`^(?:${k.replace(/ /g, String.raw`\s+`)})$`, "iu"), v] as const);
}

export function replacementFor(list: Replacements, hit: string): string | undefined {
  for (const [re, v] of list) if (re.test(hit)) return v;
  return undefined;
}

const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

function alternation(entries: readonly string[]): string {
  return [...entries]
    .sort((a, b) => b.length - a.length)
    .map((e) => e.replace(/ /g, String.raw`\s+`))
    .join("|");
}

/** Whole-word, case-insensitive alternation of the entries; null for an empty list. */
export function wordsRegex(entries: readonly string[] | undefined): RegExp | null {
  if (entries === undefined || entries.length === 0) return null;
  return new RegExp(`${B}(?:${alternation(entries)})${E}`, "giu");
}

const GENERIC_DATES = [
  String.raw`\d{4}-\d{2}-\d{2}`,
  String.raw`\d{1,2}\/\d{1,2}(?:\/\d{2,4})?`,
  String.raw`\d{1,2}\.\d{1,2}\.\d{2,4}`,
];
const GENERIC_TIMES = [String.raw`(?:[01]?\d|2[0-3])[:.][0-5]\d`];

function attributionRegex(src: LexiconSource): RegExp | null {
  const sources = src.sources;
  const verbs = src.attributionVerbs;
  const preps = src.attributionPrepositions;
  if (sources === undefined || verbs === undefined) return null;
  const S = `(?:${alternation(sources)})(?:s|n|en|ens|ns)?`;
  const V = `(?:${alternation(verbs)})`;
  const parts = [`${S}(?:\\s+[^\\s.!?]+){0,3}?\\s+${V}`, `${V}\\s+${S}`];
  if (preps !== undefined && preps.length > 0) parts.push(`(?:${alternation(preps)})\\s+${S}`);
  return new RegExp(`${B}(?:${parts.join("|")})${E}`, "giu");
}

/** "enligt" → "[Ee]nligt": sentence-initial capitals without making the whole pattern case-insensitive. */
function capitalisable(entry: string): string {
  const first = entry[0] ?? "";
  return first.toLowerCase() !== first.toUpperCase() ? `[${first.toUpperCase()}${first}]${entry.slice(1)}` : entry;
}

function namedAttributionRegex(src: LexiconSource): RegExp | null {
  const verbs = src.attributionVerbs;
  if (verbs === undefined) return null;
  const parts = [String.raw`\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:${alternation(verbs)})`];
  const preps = src.attributionPrepositions;
  if (preps !== undefined && preps.length > 0) parts.push(String.raw`(?:${alternation(preps.map(capitalisable))})\s+\p{Lu}[\p{L}-]*`);
  return new RegExp(`${B}(?:${parts.join("|")})${E}`, "gu");
}

export function compileLexicon(family: LangFamily, src: LexiconSource): Lexicon {
  const oldWords = src.oldWords ?? {};
  const abbreviations = src.abbreviations ?? {};
  const lower = (xs: readonly string[] | undefined) => new Set((xs ?? []).map((x) => x.toLowerCase()));
  return {
    family,
    hedges: wordsRegex(src.hedges),
    modalHedges: wordsRegex(src.modalHedges),
    unconfirmed: wordsRegex(src.unconfirmed),
    sources: wordsRegex(src.sources?.map((s) => `(?:${s})(?:s|n|en|ens|ns)?`)),
    attribution: attributionRegex(src),
    namedAttribution: namedAttributionRegex(src),
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
    emotive: wordsRegex(src.emotive),
    superlatives: wordsRegex(src.superlatives),
    parties: src.parties && src.parties.length > 0 ? new RegExp(`${B}(?:${alternation(src.parties)})${E}`, "gu") : null,
    groups: wordsRegex(src.groups),
    groupBlame: wordsRegex(src.groupBlame),
    hazards: wordsRegex(src.hazards),
    readerPronouns: lower(src.readerPronouns),
    oldWords: wordsRegex(Object.keys(oldWords)),
    oldWordList: replacements(oldWords),
    abbreviations: wordsRegex(Object.keys(abbreviations).map((k) => `${k}(?!\\p{L})`)),
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
    vmaHeader: src.vmaHeader ? new RegExp(src.vmaHeader, "iu") : null,
    vmaPlace: src.vmaPlace ? new RegExp(src.vmaPlace, "u") : null,
    vmaRadio: src.vmaRadio ? new RegExp(src.vmaRadio, "iu") : null,
  };
}
