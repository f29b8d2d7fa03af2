/**
 * The outbox (migration 0010), portable as in schema.ts: text ids, ISO times, JSON as text, 0/1 flags.
 * Registered in the `DB` interface of schema.ts.
 */
export interface WebhooksTable {
  id: string;
  url: string;
  /** JSON array of OutboxEventType. */
  events: string;
  /** Only this incident's events; null: every incident. */
  incident_id: string | null;
  description: string;
  /** whsec_… (Standard Webhooks). Needed in clear to sign; shown to the admin once. */
  secret: string;
  /** 1: also receives exercise incidents (and only such webhooks do). */
  exercise: number;
  /** 1: no more deliveries (an admin paused it, or the receiver answered 410 Gone). */
  disabled: number;
  disabled_reason: string | null;
  /** Failed attempts in a row; reset by a delivered one. Drives the admin notification. */
  failures_in_row: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface SubscriptionsTable {
  id: string;
  /** Personal data: kept only for this subscription, deleted on unsubscribe. Lower-cased. */
  email: string;
  incident_id: string | null;
  language: string;
  /** "pending" until the confirmation link is followed, then "confirmed". */
  status: string;
  /** sha256 of the confirmation token (the token itself is only in the e-mail). */
  confirm_token_hash: string;
  /** The one-click unsubscribe capability; it is in every e-mail, so it is kept to build them. */
  unsubscribe_token: string;
  created_at: string;
  confirmed_at: string | null;
}

/** One publish, retraction or closing that is being sent on: the frozen public payload and the e-mail fan-out. */
export interface OutboxPublicationsTable {
  id: string;
  /** The domain event that caused it: its seq orders deliveries per target. */
  event_seq: number;
  type: string;
  incident_id: string;
  bulletin_id: string | null;
  exercise: number;
  /** JSON: the public payload (`data` of the webhook body; the e-mails are rendered from it). */
  payload: string;
  /** 1 while the confirmed subscribers still have to be expanded into deliveries (done by the worker). */
  email_pending: number;
  created_at: string;
}

export interface OutboxDeliveriesTable {
  /** Also the `webhook-id`: the same on every retry, so a receiver can drop a repeat. */
  id: string;
  publication_id: string | null;
  /** "webhook" | "email" | "confirm" */
  channel: string;
  /** The webhook or subscription. */
  target_id: string;
  /** Sort key per target: zero-padded event seq, then a part; the worker sends a target's deliveries in this order. */
  position: string;
  /** JSON body for deliveries without a publication (test pings). */
  body: string | null;
  /** "pending" | "delivered" | "failed" | "cancelled" */
  status: string;
  attempts: number;
  next_attempt_at: string;
  /** A node's claim: until then no other node takes it (a crashed node's claim runs out). */
  locked_until: string | null;
  locked_by: string | null;
  last_error: string | null;
  response_code: number | null;
  created_at: string;
  updated_at: string;
  delivered_at: string | null;
}

export interface OutboxTables {
  webhooks: WebhooksTable;
  subscriptions: SubscriptionsTable;
  outbox_publications: OutboxPublicationsTable;
  outbox_deliveries: OutboxDeliveriesTable;
}
