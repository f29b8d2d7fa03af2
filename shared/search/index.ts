export { createFaqIndex, analyzerFor, type FaqIndex } from "./faqIndex.js";
export type { FaqEntry, FaqHit, FaqIndexOptions, FaqLanguage, FaqSearchOptions, FaqStatus } from "./types.js";
export { analyzeQuery, type AnalyzedQuery, type QueryTerm } from "./query.js";
export { indexTerms, wordTerms, type AnalyzerLanguage } from "./analyze.js";
export { normalizeText, tokenize } from "./normalize.js";
export { stemSv, derivedStems } from "./stemSv.js";
export { stemEn } from "./stemEn.js";
export { splitCompound } from "./compounds.js";
export { highlightSpans, type Span } from "./highlight.js";
