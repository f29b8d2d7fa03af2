/**
 * Whether the top hit is strong: a small linear score over what the search knows about the hit, fitted on every
 * tuning set pooled (our FAQ and two other municipalities' FAQs; `scripts/search-fit-strong.ts`, README "Eighth
 * round"). The hand-written rule (STRONG_RULE in faqIndex.ts) is one of its inputs: the score keeps most of its
 * decisions and overturns those that the other evidence contradicts.
 *
 * What the weights say, each with the others held equal: coverage, reverse coverage, margin, rare and specific words
 * matched speak for the hit, as in the rule; a question carrying a caller's light words (when, where, who) is more
 * often answered than its coverage says, as is one whose words meet the entry through a stem, a part or a synonym;
 * a long question (many content words) is less often answered than its coverage says.
 */

/** What the search knows about the top hit, each in [0, 1] or a small range. */
export interface StrongEvidence {
  /** The hand-written rule's verdict (STRONG_RULE). */
  rule: boolean;
  /** Share of the query's content words the hit matched, by weight (FaqHit.coverage). */
  coverage: number;
  /** Share of the entry's own question words (by rarity) the query matched. */
  reverse: number;
  /** The hit's score over the next hit that asks a different question (Infinity when there is none). */
  margin: number;
  /** Query words matched as they are that at most two entries hold. */
  rareWords: number;
  /** Whether a matched query word is in at most 30 % of the entries. */
  specific: boolean;
  /** Share of the query's weight in light words (a caller's when, where, who). */
  lightShare: number;
  /** Share of the query's weight matched only through a stem, part, synonym or correction. */
  partialShare: number;
  /** Content words of the query that are not light words. */
  contentWords: number;
  /** Reverse coverage of the rival (the next hit asking a different question), 0 when there is none. */
  rivalReverse: number;
  /**
   * Share of the query's weight in words the hit did not match, that no entry holds in any form, and that are known
   * Swedish words: a topic the FAQ does not cover at all ("sandsäckar" in an FAQ without them).
   */
  unknownTopicShare: number;
}

/**
 * Weights of the logistic fit (L2, λ = 1) on the tuning sets pooled, and the threshold that keeps the pooled share of
 * unanswerable questions without a strong hit one point above the rule's (91.1 against 89.9 %).
 */
export const STRONG_MODEL = {
  rule: 1.128,
  coverage: 1.671,
  reverse: 2.002,
  logMargin: 0.54,
  rareWords: 0.901,
  specific: 0.645,
  lightShare: 2.088,
  partialShare: 0.937,
  contentWords: -0.698,
  rivalReverse: -0.459,
  unknownTopicShare: -0.876,
  bias: -3.66,
  threshold: 0.344,
} as const;

const MAX_MARGIN = 9; // a margin beyond this says nothing more (and no rival at all counts as this)
const MAX_RARE = 3;
const MAX_CONTENT_WORDS = 10;

/** The linear score; strong when it reaches STRONG_MODEL.threshold. */
export function strongScore(e: StrongEvidence): number {
  const m = STRONG_MODEL;
  return (
    m.bias +
    m.rule * (e.rule ? 1 : 0) +
    m.coverage * e.coverage +
    m.reverse * e.reverse +
    m.logMargin * Math.log(Math.min(Math.max(e.margin, 1), MAX_MARGIN)) +
    (m.rareWords * Math.min(e.rareWords, MAX_RARE)) / MAX_RARE +
    m.specific * (e.specific ? 1 : 0) +
    m.lightShare * e.lightShare +
    m.partialShare * e.partialShare +
    (m.contentWords * Math.min(e.contentWords, MAX_CONTENT_WORDS)) / MAX_CONTENT_WORDS +
    m.rivalReverse * e.rivalReverse +
    m.unknownTopicShare * e.unknownTopicShare
  );
}

export function isStrongByModel(e: StrongEvidence): boolean {
  return strongScore(e) >= STRONG_MODEL.threshold;
}

/** For the fitting script only: receives each search's evidence about its top hit. Unset in the product. */
export const strongEvidenceProbe: { sink?: (evidence: StrongEvidence, topId: string) => void } = {};
