/**
 * Tables of the facts register and bulletins, portable as in schema.ts: text ids, ISO times, JSON as
 * text. Registered in the `DB` interface of schema.ts; created by migrations/0002_facts_bulletins.ts.
 */
export interface FactsTable {
  id: string;
  incident_id: string;
  statement: string;
  source: string;
  verified_at: string | null;
  status: string;
  version: number;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export interface FactVersionsTable {
  fact_id: string;
  version: number;
  statement: string;
  source: string;
  verified_at: string | null;
  status: string;
  /** JSON array of field names. */
  changed: string;
  changed_by: string;
  changed_by_name: string;
  changed_at: string;
}

export interface BulletinsTable {
  id: string;
  incident_id: string;
  group_id: string;
  language: string;
  translation_of: string | null;
  translation_of_version: number | null;
  /** JSON BulletinContent of the working version. */
  content: string;
  status: string;
  version: number;
  published_version: number | null;
  published_at: string | null;
  first_published_at: string | null;
  retracted_at: string | null;
  status_changed_at: string;
  /** JSON StaleReason[]. */
  stale: string;
  /** JSON ScoreSummary of the working version. */
  score: string;
  claim_id: string | null;
  created_by: string;
  created_by_name: string;
  created_at: string;
  updated_by: string;
  updated_by_name: string;
  updated_at: string;
}

export interface BulletinVersionsTable {
  bulletin_id: string;
  version: number;
  status: string;
  content: string;
  translation_of_version: number | null;
  /** JSON ChecklistResult at save. */
  checklist: string;
  publish_checklist: string | null;
  publish_reason: string | null;
  saved_by: string;
  saved_by_name: string;
  saved_at: string;
  published_by: string | null;
  published_by_name: string | null;
  published_at: string | null;
  superseded_at: string | null;
}

export interface BulletinFactsTable {
  bulletin_id: string;
  fact_id: string;
}

export interface ChannelVersionsTable {
  id: string;
  bulletin_id: string;
  channel: string;
  text: string;
  version: number;
  master_version: number;
  stale: string;
  score: string;
  checklist: string;
  updated_by: string;
  updated_by_name: string;
  created_at: string;
  updated_at: string;
}

export interface BulletinAlertsTable {
  group_id: string;
  n: number;
  incident_id: string;
  identifier: string;
  sent: string;
  msg_type: string;
}

export interface OverdueNoticesTable {
  incident_id: string;
  due: string;
  notified_at: string;
}

export interface BulletinTables {
  facts: FactsTable;
  fact_versions: FactVersionsTable;
  bulletins: BulletinsTable;
  bulletin_versions: BulletinVersionsTable;
  bulletin_facts: BulletinFactsTable;
  channel_versions: ChannelVersionsTable;
  bulletin_alerts: BulletinAlertsTable;
  overdue_notices: OverdueNoticesTable;
}
