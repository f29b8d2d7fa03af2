/**
 * The national picture (migration 0011), portable as in schema.ts. Registered in the `DB` interface of schema.ts.
 */
export interface NationalItemsTable {
  /** `${kind}:${Identifier}`: news and VMAs are separate feeds with their own identifiers. */
  id: string;
  kind: string;
  identifier: string;
  version: number;
  /** sha256 of the fields a reader sees: a new version only when one of them changed. */
  hash: string;
  headline: string;
  preamble: string;
  body_text: string;
  push_message: string;
  /** JSON array of { description, type }. */
  areas: string;
  web: string | null;
  language: string;
  source_id: string | null;
  published_at: string;
  updated_at: string;
  /** Set when a VMA is no longer in the feed (withdrawn by its sender). */
  withdrawn_at: string | null;
  first_seen_at: string;
  last_seen_at: string;
}

export interface NationalItemVersionsTable {
  item_id: string;
  version: number;
  /** JSON: the item as the feed sent it. */
  payload: string;
  seen_at: string;
}

export interface NationalFeedsTable {
  feed: string;
  etag: string | null;
  last_modified: string | null;
  last_attempt_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  failures_in_row: number;
  skipped_total: number;
}

/** A scenario template as an admin or lead saved it (migration 0011); `body` is the whole template as JSON. */
export interface ScenarioTemplateVersionsTable {
  template_id: string;
  version: number;
  /** "draft" until someone other than its author approves it, then "approved". */
  status: string;
  body: string;
  saved_by: string;
  saved_at: string;
  approved_by: string | null;
  approved_at: string | null;
}

export interface NationalTables {
  scenario_template_versions: ScenarioTemplateVersionsTable;
  national_items: NationalItemsTable;
  national_item_versions: NationalItemVersionsTable;
  national_feeds: NationalFeedsTable;
}
