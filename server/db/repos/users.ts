import type { Kysely, Updateable } from "kysely";
import type { Role, User } from "../../../shared/index.js";
import type { DB, UsersTable } from "../schema.js";

export interface UserRecord extends User {
  passwordHash: string;
}

export function toUser(r: UsersTable): User {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role as Role,
    language: r.language as User["language"],
    disabled: Number(r.disabled) === 1,
    createdAt: r.created_at,
  };
}

const toRecord = (r: UsersTable): UserRecord => ({ ...toUser(r), passwordHash: r.password_hash });

export async function findUserById(db: Kysely<DB>, id: string): Promise<UserRecord | undefined> {
  const row = await db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toRecord(row);
}

export async function findUserByUsername(db: Kysely<DB>, username: string): Promise<UserRecord | undefined> {
  const row = await db.selectFrom("users").selectAll().where("username", "=", username).executeTakeFirst();
  return row && toRecord(row);
}

export async function listUsers(db: Kysely<DB>): Promise<User[]> {
  const rows = await db.selectFrom("users").selectAll().orderBy("username", "asc").execute();
  return rows.map(toUser);
}

/** Active users with one of these roles, by display name. */
export async function listActiveUsersWithRoles(db: Kysely<DB>, roles: readonly Role[]): Promise<User[]> {
  const rows = await db
    .selectFrom("users")
    .selectAll()
    .where("disabled", "=", 0)
    .where("role", "in", [...roles])
    .orderBy("display_name", "asc")
    .orderBy("id", "asc")
    .execute();
  return rows.map(toUser);
}

export async function countUsers(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countActiveAdmins(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .where("role", "=", "admin")
    .where("disabled", "=", 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertUser(db: Kysely<DB>, user: UserRecord): Promise<void> {
  await db
    .insertInto("users")
    .values({
      id: user.id,
      username: user.username,
      display_name: user.displayName,
      role: user.role,
      language: user.language,
      password_hash: user.passwordHash,
      disabled: user.disabled ? 1 : 0,
      created_at: user.createdAt,
      updated_at: user.createdAt,
    })
    .execute();
}

export type UserChanges = Partial<Pick<UserRecord, "displayName" | "role" | "language" | "disabled" | "passwordHash">>;

export async function updateUser(db: Kysely<DB>, id: string, changes: UserChanges, at: string): Promise<void> {
  const set: Updateable<UsersTable> = { updated_at: at };
  if (changes.displayName !== undefined) set.display_name = changes.displayName;
  if (changes.role !== undefined) set.role = changes.role;
  if (changes.language !== undefined) set.language = changes.language;
  if (changes.disabled !== undefined) set.disabled = changes.disabled ? 1 : 0;
  if (changes.passwordHash !== undefined) set.password_hash = changes.passwordHash;
  await db.updateTable("users").set(set).where("id", "=", id).execute();
}
