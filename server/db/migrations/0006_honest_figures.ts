import type { Kysely, Migration } from "kysely";

// Honest contact-centre figures and the rate limits by address. Portable types only, as in 0001: the same migration builds SQLite and PostgreSQL.
// - inquiries.from_suggestion: the FAQ answer used was picked among the suggestions of a search with no confident
//   hit. Rows from before are 0: they cannot be told apart any more.
// - rate_counters: fixed-window request counters for the public FAQ (and anything else rate-limited by address),
//   in the database like login_failures, so every node shares one budget.
export const honestFigures: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable("inquiries")
      .addColumn("from_suggestion", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createTable("rate_counters")
      // "<bucket>:<hashed address>": never the address itself.
      .addColumn("key", "text", (c) => c.notNull())
      .addColumn("window_start", "text", (c) => c.notNull())
      .addColumn("count", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("rate_counters_pk", ["key", "window_start"])
      .execute();
    await db.schema.createIndex("rate_counters_window").on("rate_counters").column("window_start").execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("rate_counters").execute();
    await db.schema.alterTable("inquiries").dropColumn("from_suggestion").execute();
  },
};
