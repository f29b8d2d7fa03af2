import type { Kysely, Migration } from "kysely";

// Portable types only (text, integer), as in 0001. JSON columns are text.
export const factsBulletins: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("incidents").addColumn("first_published_at", "text").execute();

    await db.schema
      .createTable("facts")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("incident_id", "text", (c) => c.notNull().references("incidents.id").onDelete("cascade"))
      .addColumn("statement", "text", (c) => c.notNull())
      .addColumn("source", "text", (c) => c.notNull())
      .addColumn("verified_at", "text")
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_by", "text", (c) => c.notNull().references("users.id"))
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("facts_incident").on("facts").columns(["incident_id", "created_at"]).execute();

    await db.schema
      .createTable("fact_versions")
      .addColumn("fact_id", "text", (c) => c.notNull().references("facts.id").onDelete("cascade"))
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("statement", "text", (c) => c.notNull())
      .addColumn("source", "text", (c) => c.notNull())
      .addColumn("verified_at", "text")
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("changed", "text", (c) => c.notNull())
      .addColumn("changed_by", "text", (c) => c.notNull())
      .addColumn("changed_by_name", "text", (c) => c.notNull())
      .addColumn("changed_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("fact_versions_pk", ["fact_id", "version"])
      .execute();

    await db.schema
      .createTable("bulletins")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("incident_id", "text", (c) => c.notNull().references("incidents.id").onDelete("cascade"))
      // The master's id for a translation, its own id for a master: one CAP alert per group.
      .addColumn("group_id", "text", (c) => c.notNull())
      .addColumn("language", "text", (c) => c.notNull())
      .addColumn("translation_of", "text", (c) => c.references("bulletins.id"))
      .addColumn("translation_of_version", "integer")
      .addColumn("content", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("published_version", "integer")
      .addColumn("published_at", "text")
      .addColumn("first_published_at", "text")
      .addColumn("retracted_at", "text")
      .addColumn("status_changed_at", "text", (c) => c.notNull())
      .addColumn("stale", "text", (c) => c.notNull())
      .addColumn("score", "text", (c) => c.notNull())
      .addColumn("claim_id", "text")
      .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
      .addColumn("created_by_name", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_by", "text", (c) => c.notNull().references("users.id"))
      .addColumn("updated_by_name", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("bulletins_incident").on("bulletins").columns(["incident_id", "created_at"]).execute();
    await db.schema.createIndex("bulletins_group").on("bulletins").column("group_id").execute();
    await db.schema.createIndex("bulletins_status").on("bulletins").columns(["status", "status_changed_at"]).execute();
    // One translation per language and source. Masters have translation_of NULL, which unique indexes ignore.
    await db.schema
      .createIndex("bulletins_translation_language")
      .on("bulletins")
      .columns(["translation_of", "language"])
      .unique()
      .execute();

    await db.schema
      .createTable("bulletin_versions")
      .addColumn("bulletin_id", "text", (c) => c.notNull().references("bulletins.id").onDelete("cascade"))
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("content", "text", (c) => c.notNull())
      .addColumn("translation_of_version", "integer")
      .addColumn("checklist", "text", (c) => c.notNull())
      .addColumn("publish_checklist", "text")
      .addColumn("publish_reason", "text")
      .addColumn("saved_by", "text", (c) => c.notNull())
      .addColumn("saved_by_name", "text", (c) => c.notNull())
      .addColumn("saved_at", "text", (c) => c.notNull())
      .addColumn("published_by", "text")
      .addColumn("published_by_name", "text")
      .addColumn("published_at", "text")
      .addColumn("superseded_at", "text")
      .addPrimaryKeyConstraint("bulletin_versions_pk", ["bulletin_id", "version"])
      .execute();

    // Facts cited by each bulletin's working version: stale propagation finds exactly the citing bulletins by index.
    await db.schema
      .createTable("bulletin_facts")
      .addColumn("bulletin_id", "text", (c) => c.notNull().references("bulletins.id").onDelete("cascade"))
      .addColumn("fact_id", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("bulletin_facts_pk", ["bulletin_id", "fact_id"])
      .execute();
    await db.schema.createIndex("bulletin_facts_fact").on("bulletin_facts").column("fact_id").execute();

    await db.schema
      .createTable("channel_versions")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("bulletin_id", "text", (c) => c.notNull().references("bulletins.id").onDelete("cascade"))
      .addColumn("channel", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("master_version", "integer", (c) => c.notNull())
      .addColumn("stale", "text", (c) => c.notNull())
      .addColumn("score", "text", (c) => c.notNull())
      .addColumn("checklist", "text", (c) => c.notNull())
      .addColumn("updated_by", "text", (c) => c.notNull())
      .addColumn("updated_by_name", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("channel_versions_bulletin_channel")
      .on("channel_versions")
      .columns(["bulletin_id", "channel"])
      .unique()
      .execute();

    // Every CAP alert a language group has produced, so later alerts can reference earlier ones.
    await db.schema
      .createTable("bulletin_alerts")
      .addColumn("group_id", "text", (c) => c.notNull())
      .addColumn("n", "integer", (c) => c.notNull())
      .addColumn("incident_id", "text", (c) => c.notNull())
      .addColumn("identifier", "text", (c) => c.notNull().unique())
      .addColumn("sent", "text", (c) => c.notNull())
      .addColumn("msg_type", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("bulletin_alerts_pk", ["group_id", "n"])
      .execute();

    // One row per (incident, deadline) whose overdue notification was sent: the insert is the once-only claim.
    await db.schema
      .createTable("overdue_notices")
      .addColumn("incident_id", "text", (c) => c.notNull().references("incidents.id").onDelete("cascade"))
      .addColumn("due", "text", (c) => c.notNull())
      .addColumn("notified_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("overdue_notices_pk", ["incident_id", "due"])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of [
      "overdue_notices",
      "bulletin_alerts",
      "channel_versions",
      "bulletin_facts",
      "bulletin_versions",
      "bulletins",
      "fact_versions",
      "facts",
    ]) {
      await db.schema.dropTable(table).execute();
    }
    await db.schema.alterTable("incidents").dropColumn("first_published_at").execute();
  },
};
