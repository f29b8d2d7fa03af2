import { sql, type Kysely, type Migration } from "kysely";

// FAQ review like bulletins (FAQ review). Portable types only, as in 0001.
// - faq_entries.working: JSON FaqWorking, a published entry's edit under review, apart from the published text
//   (question, answer … in their own columns) that agents and the FAQ search keep using; working_status copies its
//   status so the review queue is one indexed query.
// - faq_entries.published_version: the version whose text is published; edited_by: who last changed the entry's
//   own text (four eyes). Existing entries: published ones are their own published version, written by the last
//   one who saved them.
export const faqReview: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("faq_entries").addColumn("working", "text").execute();
    await db.schema.alterTable("faq_entries").addColumn("working_status", "text").execute();
    await db.schema.alterTable("faq_entries").addColumn("published_version", "integer").execute();
    await db.schema.alterTable("faq_entries").addColumn("edited_by", "text").execute();
    await sql`update faq_entries set edited_by = updated_by,
      published_version = case when status = 'published' then version else null end`.execute(db);
    await db.schema.createIndex("faq_entries_working_status").on("faq_entries").column("working_status").execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex("faq_entries_working_status").execute();
    for (const column of ["edited_by", "published_version", "working_status", "working"]) {
      await db.schema.alterTable("faq_entries").dropColumn(column).execute();
    }
  },
};
