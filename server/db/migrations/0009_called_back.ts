import type { Kysely, Migration } from "kysely";

// The callback list's "called back" state. Portable types only, as in 0001.
// - inquiries.called_back_at / called_back_by: when and by whom the caller was rung back (null: still waiting).
//   Kept when the retention purge blanks the number: who rang back and when is no personal data of the caller.
export const calledBack: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("inquiries").addColumn("called_back_at", "text").execute();
    await db.schema
      .alterTable("inquiries")
      .addColumn("called_back_by", "text", (c) => c.references("users.id"))
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable("inquiries").dropColumn("called_back_by").execute();
    await db.schema.alterTable("inquiries").dropColumn("called_back_at").execute();
  },
};
