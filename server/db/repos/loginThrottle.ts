import type { Kysely } from "kysely";
import type { DB } from "../schema.js";

/**
 * Sign-in throttling lives in the database rather than in memory, so several server nodes share one counter per
 * (username, address) pair and a restart does not reset it.
 */
export interface PairState {
  failures: number;
  lastFailureAt: string;
  blockedUntil: string | null;
}

export async function findPair(db: Kysely<DB>, username: string, ip: string): Promise<PairState | undefined> {
  const row = await db
    .selectFrom("login_throttle")
    .select(["failures", "last_failure_at", "blocked_until"])
    .where("username", "=", username)
    .where("ip", "=", ip)
    .executeTakeFirst();
  return row && { failures: Number(row.failures), lastFailureAt: row.last_failure_at, blockedUntil: row.blocked_until };
}

/**
 * Compare-and-set: writes `next` only if the pair still is as `expected` was read (undefined: no row yet). Parallel
 * attempts of one pair thus each get their own failure number, and a burst cannot all use the same free attempt.
 */
export async function swapPair(
  db: Kysely<DB>,
  username: string,
  ip: string,
  expected: PairState | undefined,
  next: PairState,
): Promise<boolean> {
  const values = { failures: next.failures, last_failure_at: next.lastFailureAt, blocked_until: next.blockedUntil };
  if (!expected) {
    const inserted = await db
      .insertInto("login_throttle")
      .values({ username, ip, ...values })
      .onConflict((oc) => oc.columns(["username", "ip"]).doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const updated = await db
    .updateTable("login_throttle")
    .set(values)
    .where("username", "=", username)
    .where("ip", "=", ip)
    .where("failures", "=", expected.failures)
    .where("last_failure_at", "=", expected.lastFailureAt)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

export async function clearPair(db: Kysely<DB>, username: string, ip: string): Promise<void> {
  await db.deleteFrom("login_throttle").where("username", "=", username).where("ip", "=", ip).execute();
}

export async function pruneThrottle(db: Kysely<DB>, before: string): Promise<void> {
  await db.deleteFrom("login_throttle").where("last_failure_at", "<", before).execute();
}

/** Failures against one username from every address since `since`: the burst an administrator hears about. */
export async function recentFailuresFor(
  db: Kysely<DB>,
  username: string,
  since: string,
): Promise<{ failures: number; addresses: number }> {
  const row = await db
    .selectFrom("login_throttle")
    .select((eb) => [
      eb.fn.sum<string | number | null>("failures").as("failures"),
      eb.fn.countAll<string | number>().as("addresses"),
    ])
    .where("username", "=", username)
    .where("last_failure_at", ">", since)
    .executeTakeFirstOrThrow();
  return { failures: Number(row.failures ?? 0), addresses: Number(row.addresses) };
}

export async function isKnownAddress(db: Kysely<DB>, userId: string, addressHash: string): Promise<boolean> {
  const row = await db
    .selectFrom("login_known_addresses")
    .select("user_id")
    .where("user_id", "=", userId)
    .where("address_hash", "=", addressHash)
    .executeTakeFirst();
  return row !== undefined;
}

export async function rememberAddress(db: Kysely<DB>, userId: string, addressHash: string, at: string): Promise<void> {
  await db
    .insertInto("login_known_addresses")
    .values({ user_id: userId, address_hash: addressHash, last_success_at: at })
    .onConflict((oc) => oc.columns(["user_id", "address_hash"]).doUpdateSet({ last_success_at: at }))
    .execute();
}

export async function forgetAddressesBefore(db: Kysely<DB>, before: string): Promise<void> {
  await db.deleteFrom("login_known_addresses").where("last_success_at", "<", before).execute();
}

/**
 * Marks a burst against `username` as announced unless it was announced after `since`; true for exactly one
 * caller per burst, whichever node it runs on (a conditional upsert).
 */
export async function claimBurstAlert(db: Kysely<DB>, username: string, at: string, since: string): Promise<boolean> {
  const result = await db
    .insertInto("login_alerts")
    .values({ username, alerted_at: at })
    .onConflict((oc) =>
      oc.column("username").doUpdateSet({ alerted_at: at }).where("login_alerts.alerted_at", "<=", since),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}
