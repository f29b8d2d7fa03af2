import type { Kysely, Migration } from "kysely";

// Staleness reaches every citing text (staleness on every citing text). Portable types only, as in 0001.
// - faq_entries.review_reasons: JSON StaleReason[], why an answer needs review (which fact changed or was
//   retracted, when). Meaningful while `stale` is 1; kept apart from the FAQ workflow's status on purpose.
// - claims.fact_flags: JSON StaleReason[], refuting facts that changed or were retracted since the claim's
//   correction was drafted; its correction is held until someone on the desk confirms the facts again.
export const staleEverywhere: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable("faq_entries")
      .addColumn("review_reasons", "text", (c) => c.notNull().defaultTo("[]"))
      .execute();
    await db.schema
      .alterTable("claims")
      .addColumn("fact_flags", "text", (c) => c.notNull().defaultTo("[]"))
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable("claims").dropColumn("fact_flags").execute();
    await db.schema.alterTable("faq_entries").dropColumn("review_reasons").execute();
  },
};
