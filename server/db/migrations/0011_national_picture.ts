import type { Kysely, Migration } from "kysely";

// The national picture: Krisinformation news and VMAs as the worker last read them, every version it saw, and
// each feed's polling state (validators for conditional requests, failures for the backoff, skipped items).
// Also the scenario templates admins and leads add or change: every saved version, approved by another person before
// it replaces the built-in one (or joins the bank). Portable types only, as in 0001.
export const nationalPicture: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("national_items")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("identifier", "text", (c) => c.notNull())
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("hash", "text", (c) => c.notNull())
      .addColumn("headline", "text", (c) => c.notNull())
      .addColumn("preamble", "text", (c) => c.notNull())
      .addColumn("body_text", "text", (c) => c.notNull())
      .addColumn("push_message", "text", (c) => c.notNull())
      .addColumn("areas", "text", (c) => c.notNull())
      .addColumn("web", "text")
      .addColumn("language", "text", (c) => c.notNull())
      .addColumn("source_id", "text")
      .addColumn("published_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addColumn("withdrawn_at", "text")
      .addColumn("first_seen_at", "text", (c) => c.notNull())
      .addColumn("last_seen_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("national_items_updated").on("national_items").column("updated_at").execute();
    await db.schema
      .createTable("national_item_versions")
      .addColumn("item_id", "text", (c) => c.notNull().references("national_items.id"))
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("payload", "text", (c) => c.notNull())
      .addColumn("seen_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("national_item_versions_pk", ["item_id", "version"])
      .execute();
    await db.schema
      .createTable("national_feeds")
      .addColumn("feed", "text", (c) => c.primaryKey())
      .addColumn("etag", "text")
      .addColumn("last_modified", "text")
      .addColumn("last_attempt_at", "text")
      .addColumn("last_success_at", "text")
      .addColumn("last_error", "text")
      .addColumn("failures_in_row", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("skipped_total", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createTable("scenario_template_versions")
      .addColumn("template_id", "text", (c) => c.notNull())
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("body", "text", (c) => c.notNull())
      .addColumn("saved_by", "text", (c) => c.notNull().references("users.id"))
      .addColumn("saved_at", "text", (c) => c.notNull())
      .addColumn("approved_by", "text", (c) => c.references("users.id"))
      .addColumn("approved_at", "text")
      .addPrimaryKeyConstraint("scenario_template_versions_pk", ["template_id", "version"])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("scenario_template_versions").execute();
    await db.schema.dropTable("national_feeds").execute();
    await db.schema.dropTable("national_item_versions").execute();
    await db.schema.dropTable("national_items").execute();
  },
};
