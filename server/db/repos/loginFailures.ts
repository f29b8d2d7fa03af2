import type { Kysely } from "kysely";
import type { DB } from "../schema.js";

/**
 * Failed logins live in the database rather than in memory, so several server nodes share one budget and a
 * restart does not reset it.
 */
export async function recordLoginFailure(db: Kysely<DB>, f: { id: string; username: string; ip: string; at: string }): Promise<void> {
  await db.insertInto("login_failures").values(f).execute();
}

export interface FailureWindow {
  count: number;
  /** The oldest failure still inside the window; the budget frees up when it ages out. */
  oldest: string | null;
}

export async function failuresSince(
  db: Kysely<DB>,
  by: { column: "username" | "ip"; value: string },
  since: string,
): Promise<FailureWindow> {
  const row = await db
    .selectFrom("login_failures")
    .select((eb) => [eb.fn.countAll<string | number>().as("n"), eb.fn.min("at").as("oldest")])
    .where(by.column, "=", by.value)
    .where("at", ">", since)
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), oldest: (row.oldest as string | null) ?? null };
}

export async function deleteLoginFailure(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom("login_failures").where("id", "=", id).execute();
}

export async function clearUsernameFailures(db: Kysely<DB>, username: string): Promise<void> {
  await db.deleteFrom("login_failures").where("username", "=", username).execute();
}

export async function pruneLoginFailures(db: Kysely<DB>, before: string): Promise<void> {
  await db.deleteFrom("login_failures").where("at", "<=", before).execute();
}
