import type { Kysely, Migration } from "kysely";

// Contact centre. Portable types only, as in 0001: the same migration builds SQLite and PostgreSQL.
export const contactCentre: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("faq_entries")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("incident_id", "text", (c) => c.references("incidents.id"))
      .addColumn("question", "text", (c) => c.notNull())
      .addColumn("answer", "text", (c) => c.notNull())
      .addColumn("tags", "text", (c) => c.notNull())
      .addColumn("audiences", "text", (c) => c.notNull())
      .addColumn("language", "text", (c) => c.notNull())
      .addColumn("fact_ids", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("stale", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("stale_fact_ids", "text", (c) => c.notNull().defaultTo("[]"))
      .addColumn("score_overall", "integer", (c) => c.notNull())
      .addColumn("score_status", "text", (c) => c.notNull())
      .addColumn("published_at", "text")
      .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_by", "text", (c) => c.notNull().references("users.id"))
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("faq_entries_status").on("faq_entries").column("status").execute();
    await db.schema.createIndex("faq_entries_incident").on("faq_entries").column("incident_id").execute();

    await db.schema
      .createTable("faq_versions")
      .addColumn("faq_id", "text", (c) => c.notNull().references("faq_entries.id").onDelete("cascade"))
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("question", "text", (c) => c.notNull())
      .addColumn("answer", "text", (c) => c.notNull())
      .addColumn("tags", "text", (c) => c.notNull())
      .addColumn("audiences", "text", (c) => c.notNull())
      .addColumn("language", "text", (c) => c.notNull())
      .addColumn("fact_ids", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("checklist", "text", (c) => c.notNull())
      .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("faq_versions_pk", ["faq_id", "version"])
      .execute();

    await db.schema
      .createTable("case_counters")
      .addColumn("year", "integer", (c) => c.primaryKey())
      .addColumn("value", "integer", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("inquiries")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("case_number", "text", (c) => c.notNull().unique())
      .addColumn("channel", "text", (c) => c.notNull())
      .addColumn("question", "text", (c) => c.notNull())
      .addColumn("faq_entry_id", "text", (c) => c.references("faq_entries.id"))
      .addColumn("resolution", "text", (c) => c.notNull())
      .addColumn("forwarded_to", "text")
      .addColumn("incident_id", "text", (c) => c.references("incidents.id"))
      .addColumn("opened_at", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("handling_seconds", "integer", (c) => c.notNull())
      .addColumn("callback_number", "text")
      .addColumn("callback_purged_at", "text")
      .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
      .execute();
    await db.schema.createIndex("inquiries_created_at").on("inquiries").column("created_at").execute();
    await db.schema
      .createIndex("inquiries_incident_created")
      .on("inquiries")
      .columns(["incident_id", "created_at"])
      .execute();

    await db.schema
      .createTable("faq_suggestions")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("question", "text", (c) => c.notNull())
      .addColumn("match_key", "text", (c) => c.notNull())
      .addColumn("incident_id", "text", (c) => c.references("incidents.id"))
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("count", "integer", (c) => c.notNull())
      .addColumn("last_asked_at", "text", (c) => c.notNull())
      .addColumn("faq_entry_id", "text", (c) => c.references("faq_entries.id"))
      .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("resolved_by", "text", (c) => c.references("users.id"))
      .addColumn("resolved_at", "text")
      .execute();
    await db.schema
      .createIndex("faq_suggestions_status_key")
      .on("faq_suggestions")
      .columns(["status", "match_key"])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of ["faq_suggestions", "inquiries", "case_counters", "faq_versions", "faq_entries"]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
