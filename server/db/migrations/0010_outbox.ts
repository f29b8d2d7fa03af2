import type { Kysely, Migration } from "kysely";

// The transactional outbox, webhooks and e-mail subscriptions. Portable types only, as in 0001.
// Publications and their webhook deliveries are written in the publishing transaction; the worker sends them after
// commit and expands e-mail publications into one delivery per confirmed subscriber.
export const outbox: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("webhooks")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("url", "text", (c) => c.notNull())
      .addColumn("events", "text", (c) => c.notNull())
      .addColumn("incident_id", "text", (c) => c.references("incidents.id"))
      .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("secret", "text", (c) => c.notNull())
      .addColumn("exercise", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("disabled", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("disabled_reason", "text")
      .addColumn("failures_in_row", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("created_by", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("subscriptions")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("email", "text", (c) => c.notNull())
      .addColumn("incident_id", "text", (c) => c.references("incidents.id"))
      .addColumn("language", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("confirm_token_hash", "text", (c) => c.notNull())
      .addColumn("unsubscribe_token", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("confirmed_at", "text")
      .execute();
    await db.schema.createIndex("subscriptions_email").on("subscriptions").column("email").execute();
    await db.schema.createIndex("subscriptions_confirm").on("subscriptions").column("confirm_token_hash").execute();
    await db.schema.createIndex("subscriptions_unsubscribe").on("subscriptions").column("unsubscribe_token").execute();
    await db.schema
      .createIndex("subscriptions_status")
      .on("subscriptions")
      .columns(["status", "incident_id"])
      .execute();
    await db.schema
      .createTable("outbox_publications")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("event_seq", "integer", (c) => c.notNull())
      .addColumn("type", "text", (c) => c.notNull())
      .addColumn("incident_id", "text", (c) => c.notNull())
      .addColumn("bulletin_id", "text")
      .addColumn("exercise", "integer", (c) => c.notNull())
      .addColumn("payload", "text", (c) => c.notNull())
      .addColumn("email_pending", "integer", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("outbox_publications_bulletin")
      .on("outbox_publications")
      .column("bulletin_id")
      .execute();
    await db.schema
      .createIndex("outbox_publications_incident")
      .on("outbox_publications")
      .column("incident_id")
      .execute();
    await db.schema
      .createIndex("outbox_publications_email")
      .on("outbox_publications")
      .column("email_pending")
      .execute();
    await db.schema
      .createTable("outbox_deliveries")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("publication_id", "text", (c) => c.references("outbox_publications.id"))
      .addColumn("channel", "text", (c) => c.notNull())
      .addColumn("target_id", "text", (c) => c.notNull())
      .addColumn("position", "text", (c) => c.notNull())
      .addColumn("body", "text")
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("next_attempt_at", "text", (c) => c.notNull())
      .addColumn("locked_until", "text")
      .addColumn("locked_by", "text")
      .addColumn("last_error", "text")
      .addColumn("response_code", "integer")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addColumn("delivered_at", "text")
      .execute();
    // The worker's two questions: what is due (status, time) and is an earlier one of this target still pending.
    await db.schema
      .createIndex("outbox_deliveries_due")
      .on("outbox_deliveries")
      .columns(["status", "next_attempt_at"])
      .execute();
    await db.schema
      .createIndex("outbox_deliveries_target")
      .on("outbox_deliveries")
      .columns(["target_id", "status", "position"])
      .execute();
    await db.schema
      .createIndex("outbox_deliveries_publication")
      .on("outbox_deliveries")
      .columns(["publication_id", "channel", "status"])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("outbox_deliveries").execute();
    await db.schema.dropTable("outbox_publications").execute();
    await db.schema.dropTable("subscriptions").execute();
    await db.schema.dropTable("webhooks").execute();
  },
};
