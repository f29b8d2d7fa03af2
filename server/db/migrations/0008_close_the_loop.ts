import { sql, type Kysely, type Migration } from "kysely";

// Closing the loop between the misinformation desk and the contact centre. Portable types only, as in 0001: the same migration builds SQLite and PostgreSQL.
// - claims.calls: calls the contact centre has had about the claim. A caller report that matches an open claim adds
//   its callers here instead of making a duplicate. Claims callers reported before this count as one call each (the
//   number of callers was only kept as the reach class).
// - inquiries.claim_id: the claim a caller asked about, so the claim can list whom to call back once the correction
//   is published. Nullable; the callback number itself stays in inquiries and the retention purge still blanks it.
export const closeTheLoop: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable("claims")
      .addColumn("calls", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    await sql`update claims set calls = 1 where source_channel = 'contact_centre'`.execute(db);
    await db.schema
      .alterTable("inquiries")
      .addColumn("claim_id", "text", (c) => c.references("claims.id"))
      .execute();
    await db.schema.createIndex("inquiries_claim").on("inquiries").column("claim_id").execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex("inquiries_claim").execute();
    await db.schema.alterTable("inquiries").dropColumn("claim_id").execute();
    await db.schema.alterTable("claims").dropColumn("calls").execute();
  },
};
