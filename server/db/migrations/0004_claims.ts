import type { Kysely, Migration } from "kysely";

// Misinformation desk. Portable types only, as in 0001: the same migration builds SQLite and PostgreSQL.
export const claims: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("claims")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("incident_id", "text", (c) => c.notNull().references("incidents.id"))
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("source_channel", "text", (c) => c.notNull())
      .addColumn("link", "text")
      .addColumn("other_links", "text", (c) => c.notNull().defaultTo("[]"))
      .addColumn("first_seen_at", "text", (c) => c.notNull())
      .addColumn("reach", "text", (c) => c.notNull())
      .addColumn("severity", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("dismiss_reason", "text")
      .addColumn("assignee_id", "text", (c) => c.references("users.id"))
      .addColumn("due_at", "text", (c) => c.notNull())
      .addColumn("refuting_fact_ids", "text", (c) => c.notNull().defaultTo("[]"))
      .addColumn("correction_bulletin_id", "text", (c) => c.references("bulletins.id"))
      .addColumn("merged_into", "text", (c) => c.references("claims.id"))
      .addColumn("merged_from", "text", (c) => c.notNull().defaultTo("[]"))
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addColumn("corrected_at", "text")
      // The due time an overdue notice was sent for; reset when the due time moves. A conditional UPDATE on it
      // decides which node sends the notice.
      .addColumn("overdue_notified_due", "text")
      .execute();
    await db.schema.createIndex("claims_incident_status").on("claims").columns(["incident_id", "status"]).execute();
    await db.schema.createIndex("claims_status_due").on("claims").columns(["status", "due_at"]).execute();
    await db.schema.createIndex("claims_correction").on("claims").column("correction_bulletin_id").execute();

    await db.schema
      .createTable("claim_notes")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("claim_id", "text", (c) => c.notNull().references("claims.id"))
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("author_id", "text", (c) => c.notNull().references("users.id"))
      .addColumn("author_name", "text", (c) => c.notNull())
      .addColumn("at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("claim_notes_claim").on("claim_notes").columns(["claim_id", "at"]).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("claim_notes").execute();
    await db.schema.dropTable("claims").execute();
  },
};
