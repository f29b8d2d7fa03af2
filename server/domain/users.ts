import { randomUUID } from "node:crypto";
import type { AssignableUser, Role, User, UserCreate, UserPatch } from "../../shared/index.js";
import { deleteUserSessions } from "../db/repos/sessions.js";
import {
  countActiveAdmins,
  findUserById,
  findUserByUsername,
  insertUser,
  listActiveUsersWithRoles,
  listUsers,
  updateUser,
  type UserChanges,
  type UserRecord,
} from "../db/repos/users.js";
import type { TxContext } from "../db/transaction.js";
import { AppError, conflict, notFound } from "../errors.js";
import { actorRef, type Actor, type DomainDeps } from "./context.js";
import { passwordCheck } from "./passwordPolicy.js";
import { POLICY } from "./policy.js";
import { hashPassword } from "./passwords.js";

function checkPassword(password: string, username: string): void {
  const problem = passwordCheck(password, username);
  if (problem)
    throw new AppError("validation", `password: ${problem.message}`, 400, "password", { reason: problem.reason });
}

// User events carry account details, so only admins receive them.
const ADMINS_ONLY: Role[] = ["admin"];

const publicUser = ({ passwordHash: _hash, ...user }: UserRecord): User => user;

/** Pure: would this change leave the organisation without an active admin? */
export function removesActiveAdmin(current: User, patch: Pick<UserPatch, "role" | "disabled">): boolean {
  if (current.role !== "admin" || current.disabled) return false;
  return (patch.role !== undefined && patch.role !== "admin") || patch.disabled === true;
}

export function createUsers(deps: DomainDeps) {
  const { db, transaction, sessions } = deps;

  async function emitUpdated(ctx: TxContext, actor: Actor | null, user: User, changed: string[]) {
    await ctx.emit({
      actor: actor && actorRef(actor),
      type: "user.updated",
      incidentId: null,
      entity: { type: "user", id: user.id },
      visibleTo: ADMINS_ONLY,
      data: { user, changed },
    });
  }

  async function create(input: UserCreate, actor: Actor | null): Promise<User> {
    checkPassword(input.password, input.username);
    const passwordHash = await hashPassword(input.password); // slow: outside the transaction
    return transaction(async (ctx) => {
      if (await findUserByUsername(ctx.tx, input.username)) {
        throw new AppError("conflict", "That username is taken", 409, "username");
      }
      const record: UserRecord = {
        id: randomUUID(),
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        language: input.language,
        disabled: false,
        createdAt: new Date().toISOString(),
        passwordHash,
      };
      await insertUser(ctx.tx, record);
      const user = publicUser(record);
      await ctx.emit({
        actor: actor && actorRef(actor),
        type: "user.created",
        incidentId: null,
        entity: { type: "user", id: user.id },
        visibleTo: ADMINS_ONLY,
        data: { user },
        at: user.createdAt,
      });
      return user;
    });
  }

  /** Role changes and disabling end the user's sessions, so new rights apply at once. */
  async function update(id: string, patch: UserPatch, actor: Actor): Promise<User> {
    const { user, ended } = await transaction(async (ctx) => {
      const current = await findUserById(ctx.tx, id);
      if (!current) throw notFound("User");
      const changes: UserChanges = {};
      for (const key of ["displayName", "role", "language", "disabled"] as const) {
        if (patch[key] !== undefined && patch[key] !== current[key]) Object.assign(changes, { [key]: patch[key] });
      }
      const changed = Object.keys(changes);
      if (changed.length === 0) return { user: publicUser(current), ended: [] };
      if (removesActiveAdmin(current, changes) && (await countActiveAdmins(ctx.tx)) <= 1) {
        // Its own reason: a console must not say "someone else changed it first" (the generic conflict) for this.
        throw conflict("This is the last active admin; make another user admin first", { reason: "last_admin" });
      }
      await updateUser(ctx.tx, id, changes, new Date().toISOString());
      const ended = changes.role !== undefined || changes.disabled === true ? await deleteUserSessions(ctx.tx, id) : [];
      const user = publicUser({ ...current, ...changes });
      await emitUpdated(ctx, actor, user, changed);
      return { user, ended };
    });
    sessions.sessionsEnded(ended);
    return user;
  }

  async function resetPassword(id: string, password: string, actor: Actor): Promise<void> {
    const target = await findUserById(db, id);
    if (!target) throw notFound("User");
    checkPassword(password, target.username);
    const passwordHash = await hashPassword(password);
    const ended = await transaction(async (ctx) => {
      const current = await findUserById(ctx.tx, id);
      if (!current) throw notFound("User");
      await updateUser(ctx.tx, id, { passwordHash }, new Date().toISOString());
      const ended = await deleteUserSessions(ctx.tx, id);
      await emitUpdated(ctx, actor, publicUser(current), ["password"]);
      return ended;
    });
    sessions.sessionsEnded(ended);
  }

  async function setLanguage(actor: Actor, language: User["language"]): Promise<User> {
    return transaction(async (ctx) => {
      const current = await findUserById(ctx.tx, actor.id);
      if (!current) throw notFound("User");
      if (current.language === language) return publicUser(current);
      await updateUser(ctx.tx, actor.id, { language }, new Date().toISOString());
      const user = publicUser({ ...current, language });
      await emitUpdated(ctx, actor, user, ["language"]);
      return user;
    });
  }

  async function me(id: string): Promise<User> {
    const user = await findUserById(db, id);
    if (!user) throw notFound("User");
    return publicUser(user);
  }

  /** Who a claim may be assigned to: the same rule claims' assign checks (an active user whose role works claims). */
  async function assignable(): Promise<AssignableUser[]> {
    const users = await listActiveUsersWithRoles(db, POLICY.workClaims);
    return users.map(({ id, displayName, role }) => ({ id, displayName, role }));
  }

  return { list: () => listUsers(db), assignable, create, update, resetPassword, setLanguage, me };
}

export type Users = ReturnType<typeof createUsers>;
