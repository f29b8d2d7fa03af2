/**
 * Tables of the misinformation desk, portable as in schema.ts: text ids, ISO times, JSON arrays as
 * text. Registered in the `DB` interface of schema.ts; created by migrations/0004_claims.ts.
 */
export interface ClaimsTable {
  id: string;
  incident_id: string;
  text: string;
  source_channel: string;
  link: string | null;
  /** JSON array of links carried over from merged claims. */
  other_links: string;
  first_seen_at: string;
  reach: string;
  /** Calls the contact centre has had about it (migration 0008). */
  calls: number;
  severity: string;
  status: string;
  dismiss_reason: string | null;
  assignee_id: string | null;
  due_at: string;
  /** JSON array of fact ids. */
  refuting_fact_ids: string;
  /** JSON StaleReason[] (migration 0013). */
  fact_flags: string;
  correction_bulletin_id: string | null;
  merged_into: string | null;
  /** JSON array of claim ids. */
  merged_from: string;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
  corrected_at: string | null;
  overdue_notified_due: string | null;
}

export interface ClaimNotesTable {
  id: string;
  claim_id: string;
  text: string;
  author_id: string;
  author_name: string;
  at: string;
}

export interface ClaimTables {
  claims: ClaimsTable;
  claim_notes: ClaimNotesTable;
}
