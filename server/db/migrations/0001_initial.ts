import type { Kysely, Migration } from "kysely";

// Only portable types (text, integer): the same migration builds the SQLite and the PostgreSQL schema.
export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("users")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("username", "text", (c) => c.notNull().unique())
      .addColumn("display_name", "text", (c) => c.notNull())
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("language", "text", (c) => c.notNull().defaultTo("sv"))
      .addColumn("password_hash", "text", (c) => c.notNull())
      .addColumn("disabled", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("sessions")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("last_seen_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("sessions_user_id").on("sessions").column("user_id").execute();

    await db.schema
      .createTable("login_failures")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("username", "text", (c) => c.notNull())
      .addColumn("ip", "text", (c) => c.notNull())
      .addColumn("at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("login_failures_username_at")
      .on("login_failures")
      .columns(["username", "at"])
      .execute();
    await db.schema.createIndex("login_failures_ip_at").on("login_failures").columns(["ip", "at"]).execute();

    await db.schema
      .createTable("incidents")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("description", "text", (c) => c.notNull())
      .addColumn("severity", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("exercise", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("started_at", "text", (c) => c.notNull())
      .addColumn("affected_areas", "text", (c) => c.notNull())
      .addColumn("next_update_due", "text")
      .addColumn("last_published_at", "text")
      .addColumn("closed_at", "text")
      .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addColumn("version", "integer", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("incidents_created_at").on("incidents").column("created_at").execute();

    await db.schema
      .createTable("log_entries")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("incident_id", "text", (c) => c.notNull().references("incidents.id").onDelete("cascade"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("counterpart", "text")
      .addColumn("refers_to", "text", (c) => c.references("log_entries.id"))
      .addColumn("occurred_at", "text", (c) => c.notNull())
      .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("seq", "integer", (c) => c.notNull().unique())
      .execute();
    await db.schema.createIndex("log_entries_incident_seq").on("log_entries").columns(["incident_id", "seq"]).execute();

    await db.schema
      .createTable("events")
      .addColumn("seq", "integer", (c) => c.primaryKey())
      .addColumn("at", "text", (c) => c.notNull())
      .addColumn("actor_id", "text")
      .addColumn("actor_name", "text")
      .addColumn("type", "text", (c) => c.notNull())
      .addColumn("incident_id", "text")
      .addColumn("entity_type", "text", (c) => c.notNull())
      .addColumn("entity_id", "text", (c) => c.notNull())
      .addColumn("visible_to", "text")
      .addColumn("data", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("events_incident_seq").on("events").columns(["incident_id", "seq"]).execute();

    await db.schema
      .createTable("event_counter")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("value", "integer", (c) => c.notNull())
      .execute();
    await db
      .insertInto("event_counter" as never)
      .values({ id: 1, value: 0 } as never)
      .execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of [
      "event_counter",
      "events",
      "log_entries",
      "incidents",
      "login_failures",
      "sessions",
      "users",
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
