/**
 * Table types for Kysely. Column types are chosen to be portable between SQLite and PostgreSQL so that one
 * query layer serves both: ids are text UUIDs, times ISO-8601 UTC text (`Date#toISOString`, so text order is
 * time order), booleans integer 0/1, JSON text. Rows are mapped to the shared wire types in the repositories.
 */
export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  language: string;
  password_hash: string;
  disabled: number;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id: string;
  /** sha256 of the cookie token: a leaked database does not hand out live sessions. */
  token_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface IncidentsTable {
  id: string;
  title: string;
  description: string;
  severity: string;
  status: string;
  exercise: number;
  started_at: string;
  affected_areas: string;
  next_update_due: string | null;
  last_published_at: string | null;
  first_published_at: string | null;
  closed_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface LogEntriesTable {
  id: string;
  incident_id: string;
  kind: string;
  text: string;
  counterpart: string | null;
  refers_to: string | null;
  occurred_at: string;
  created_by: string;
  created_at: string;
  seq: number;
}

export interface EventsTable {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  type: string;
  incident_id: string | null;
  entity_type: string;
  entity_id: string;
  /** JSON array of roles, or null for everyone signed in. */
  visible_to: string | null;
  data: string;
}

export interface EventCounterTable {
  id: number;
  value: number;
}

import type { ContactCentreTables } from "./contactTables.js";

export interface DB extends ContactCentreTables {
  users: UsersTable;
  sessions: SessionsTable;
  incidents: IncidentsTable;
  log_entries: LogEntriesTable;
  events: EventsTable;
  event_counter: EventCounterTable;
}

// Facts and bulletins: merged into DB by declaration merging, so other helpers' edits above stay apart.
import type { BulletinTables } from "./bulletinTables.js";
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DB extends BulletinTables {}

// Misinformation desk, merged the same way.
import type { ClaimTables } from "./claimTables.js";
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DB extends ClaimTables {}

// The published correction → FAQ entry link, merged the same way.
import type { CorrectionFaqTables } from "./correctionFaqTables.js";
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DB extends CorrectionFaqTables {}

// Request counters of the rate limits by address, merged the same way.
import type { RateTables } from "./rateTables.js";
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DB extends RateTables {}

// Sign-in throttling per username and address, merged the same way.
import type { LoginTables } from "./loginTables.js";
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DB extends LoginTables {}

// The outbox, webhooks and e-mail subscriptions, merged the same way.
import type { OutboxTables } from "./outboxTables.js";
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DB extends OutboxTables {}

// The national picture (migration 0011), merged the same way.
import type { NationalTables } from "./nationalTables.js";
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DB extends NationalTables {}
