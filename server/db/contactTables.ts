/**
 * Tables of the contact centre, portable as in schema.ts: text ids and ISO times, JSON as text,
 * booleans 0/1. Registered in the `DB` interface of schema.ts.
 */
export interface FaqEntriesTable {
  id: string;
  incident_id: string | null;
  question: string;
  answer: string;
  tags: string;
  audiences: string;
  language: string;
  fact_ids: string;
  status: string;
  version: number;
  stale: number;
  stale_fact_ids: string;
  /** JSON StaleReason[] (migration 0013). */
  review_reasons: string;
  score_overall: number;
  score_status: string;
  published_at: string | null;
  /** JSON FaqWorking: a published entry's edit under review (migration 0012). */
  working: string | null;
  working_status: string | null;
  published_version: number | null;
  edited_by: string | null;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export interface FaqVersionsTable {
  faq_id: string;
  version: number;
  question: string;
  answer: string;
  tags: string;
  audiences: string;
  language: string;
  fact_ids: string;
  status: string;
  /** The full checklist result of this version, JSON. */
  checklist: string;
  created_by: string;
  created_at: string;
}

/** One row per year: the last case number handed out. */
export interface CaseCountersTable {
  year: number;
  value: number;
}

export interface InquiriesTable {
  id: string;
  case_number: string;
  channel: string;
  question: string;
  faq_entry_id: string | null;
  resolution: string;
  /** 0/1: the FAQ answer used was picked among a weak search's suggestions (migration 0006). */
  from_suggestion: number;
  forwarded_to: string | null;
  incident_id: string | null;
  /** The claim the caller asked about (migration 0008). */
  claim_id: string | null;
  opened_at: string;
  created_at: string;
  handling_seconds: number;
  /** Personal data: blanked by the retention purge. */
  callback_number: string | null;
  callback_purged_at: string | null;
  created_by: string;
  /** When and by whom the caller was rung back (migration 0009); null while the caller waits. */
  called_back_at: string | null;
  called_back_by: string | null;
}

export interface FaqSuggestionsTable {
  id: string;
  question: string;
  /** The question's normalised content words, sorted: open suggestions with the same key are one. */
  match_key: string;
  incident_id: string | null;
  status: string;
  count: number;
  last_asked_at: string;
  faq_entry_id: string | null;
  created_by: string;
  created_at: string;
  resolved_by: string | null;
  resolved_at: string | null;
}

export interface ContactCentreTables {
  faq_entries: FaqEntriesTable;
  faq_versions: FaqVersionsTable;
  case_counters: CaseCountersTable;
  inquiries: InquiriesTable;
  faq_suggestions: FaqSuggestionsTable;
}
