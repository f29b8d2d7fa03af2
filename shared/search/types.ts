/**
 * The shape the search needs from an FAQ entry. Structural on purpose: the FAQ schema in shared/schemas has
 * more fields (versions, facts cited, audiences); any object with these fields can be indexed.
 */
export type FaqLanguage = "sv" | "en" | "fi" | "sv-lattlast";
export type FaqStatus = "draft" | "in_review" | "approved" | "published" | "archived";

export interface FaqEntry {
  id: string;
  question: string;
  answer: string;
  tags: string[];
  language: FaqLanguage;
  incidentId: string | null;
  status: FaqStatus;
}

export interface FaqIndexOptions {
  /** Statuses that are searchable; others are left out of (or dropped from) the index. Default: published. */
  statuses?: readonly FaqStatus[];
  /** Relative weight of a match in each field. Default: question 3, tags 2, answer 1.5. */
  fieldBoost?: Partial<Record<"question" | "tags" | "answer", number>>;
  /** Score factor for entries of the incident the agent works on. Default 2. */
  incidentBoost?: number;
}

export interface FaqSearchOptions {
  /** The incident the agent works on: its entries rank first. */
  incidentId?: string | null;
  /** Maximum hits returned. Default 10. */
  limit?: number;
  /** Only entries in these languages. Default: all. */
  languages?: readonly FaqLanguage[];
}

export interface FaqHit<E extends FaqEntry = FaqEntry> {
  id: string;
  score: number;
  entry: E;
  /** Index terms (stems, surface forms, compound parts) the entry matched; for highlighting. */
  matchedTerms: string[];
  /** The query words that found this entry. */
  matchedWords: string[];
  /**
   * Share of the query's content words this entry answers, 0–1: a word matched as typed or by its stem counts
   * 1, by a part, a derived stem, a prefix completion or a typo correction 0.7, by a synonym only 0.5.
   */
  coverage: number;
  /**
   * True when this hit answers the question confidently enough to be pre-selected: only the top hit can be, when
   * it covers enough of the question and scores clearly above the next hit (see README, "Knowing when it does
   * not know").
   */
  strong: boolean;
}
