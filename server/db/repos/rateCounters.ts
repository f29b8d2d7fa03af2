import { sql, type Kysely } from "kysely";
import type { DB } from "../schema.js";

/**
 * Counts one request of `key` in the window starting at `windowStart` and returns the window's count so far. The
 * upsert is one statement, so concurrent requests on several nodes each get their own number.
 */
export async function countRequest(db: Kysely<DB>, key: string, windowStart: string): Promise<number> {
  const row = await db
    .insertInto("rate_counters")
    .values({ key, window_start: windowStart, count: 1 })
    .onConflict((oc) =>
      oc.columns(["key", "window_start"]).doUpdateSet({ count: sql<number>`rate_counters.count + 1` }),
    )
    .returning("count")
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Deletes one bucket's counters of windows that started before `before`; other buckets keep theirs, since their
 *  windows may be longer. Keys are `bucket:hash`, compared by prefix without LIKE so a bucket name is never a pattern. */
export async function pruneRateCounters(db: Kysely<DB>, bucket: string, before: string): Promise<void> {
  const prefix = `${bucket}:`;
  await db
    .deleteFrom("rate_counters")
    .where("window_start", "<", before)
    .where(sql<string>`substr(key, 1, ${prefix.length})`, "=", prefix)
    .execute();
}
