import type { Kysely } from "kysely";
import { hotQuery } from "../hotQuery.js";
import type { DB } from "../schema.js";
import { toUser, type UserRecord } from "./users.js";

export interface SessionRow {
  id: string;
  userId: string;
  lastSeenAt: string;
  expiresAt: string;
}

export async function insertSession(
  db: Kysely<DB>,
  s: SessionRow & { tokenHash: string; createdAt: string },
): Promise<void> {
  await db
    .insertInto("sessions")
    .values({
      id: s.id,
      token_hash: s.tokenHash,
      user_id: s.userId,
      created_at: s.createdAt,
      last_seen_at: s.lastSeenAt,
      expires_at: s.expiresAt,
    })
    .execute();
}

/** The session behind a token hash with its user, in one query (this runs on every request). */
// Every signed-in request and socket runs it.
const sessionQuery = hotQuery(["tokenHash"], (db, { tokenHash }: { tokenHash: string }) =>
  db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .selectAll("users")
    .select([
      "sessions.id as session_id",
      "sessions.created_at as session_created_at",
      "sessions.last_seen_at as session_last_seen_at",
      "sessions.expires_at as session_expires_at",
    ])
    .where("sessions.token_hash", "=", tokenHash),
);

export async function findSessionByTokenHash(
  db: Kysely<DB>,
  tokenHash: string,
): Promise<{ session: SessionRow & { createdAt: string }; user: Omit<UserRecord, "passwordHash"> } | undefined> {
  const row = (await sessionQuery(db, { tokenHash })).rows[0];
  if (!row) return undefined;
  return {
    session: {
      id: row.session_id,
      userId: row.id,
      createdAt: row.session_created_at,
      lastSeenAt: row.session_last_seen_at,
      expiresAt: row.session_expires_at,
    },
    user: toUser(row),
  };
}

export async function touchSession(db: Kysely<DB>, id: string, lastSeenAt: string, expiresAt: string): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
    .where("id", "=", id)
    .execute();
}

export async function deleteSession(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", id).execute();
}

/** Ends every session of a user; returns the ended session ids so their sockets can be closed. */
export async function deleteUserSessions(db: Kysely<DB>, userId: string): Promise<string[]> {
  const rows = await db.deleteFrom("sessions").where("user_id", "=", userId).returning("id").execute();
  return rows.map((r) => r.id);
}

export async function deleteExpiredSessions(db: Kysely<DB>, now: string): Promise<number> {
  const result = await db.deleteFrom("sessions").where("expires_at", "<=", now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
