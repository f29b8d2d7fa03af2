import type { Kysely, Migration } from "kysely";

// Contact-centre link of the misinformation desk: which FAQ entry a published correction feeds, so a second
// "to the FAQ" updates that entry instead of adding a duplicate. Portable types only, as in 0001.
export const correctionFaq: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("correction_faq")
      // One entry per correction bulletin (a translation is its own bulletin, so it gets its own entry).
      .addColumn("bulletin_id", "text", (c) => c.primaryKey().references("bulletins.id"))
      .addColumn("faq_id", "text", (c) => c.notNull().unique().references("faq_entries.id"))
      .addColumn("claim_id", "text", (c) => c.references("claims.id"))
      .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("correction_faq").execute();
  },
};
