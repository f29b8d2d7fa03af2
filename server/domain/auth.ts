import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { User } from "../../shared/index.js";
import {
  clearUsernameFailures,
  deleteLoginFailure,
  failuresSince,
  pruneLoginFailures,
  recordLoginFailure,
  type FailureWindow,
} from "../db/repos/loginFailures.js";
import {
  deleteExpiredSessions,
  deleteSession,
  findSessionByTokenHash,
  insertSession,
  touchSession,
} from "../db/repos/sessions.js";
import { findUserByUsername } from "../db/repos/users.js";
import { AppError } from "../errors.js";
import { MINUTE_MS, type DomainDeps } from "./context.js";
import { dummyPasswordHash, verifyPassword } from "./passwords.js";

export const LOGIN_WINDOW_MS = 15 * MINUTE_MS;
export const MAX_FAILURES_PER_USERNAME = 5; // within LOGIN_WINDOW_MS
export const MAX_FAILURES_PER_IP = 20; // within LOGIN_WINDOW_MS
const TOUCH_EVERY_MS = MINUTE_MS; // sliding expiry is written at most once a minute per session

const BAD_CREDENTIALS = "Wrong username or password";

export interface SessionGrant {
  user: User;
  token: string;
  expiresAt: string;
}

export interface Authenticated {
  user: User;
  sessionId: string;
  /** Set when the expiry slid forward, so the cookie can be renewed. */
  renewedUntil?: string;
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function createAuth(deps: DomainDeps) {
  const { db } = deps;
  const sessionMs = deps.sessionHours * 60 * MINUTE_MS;

  function retryAfterSeconds(window: FailureWindow, now: number): number {
    const freesAt = window.oldest ? Date.parse(window.oldest) + LOGIN_WINDOW_MS : now + LOGIN_WINDOW_MS;
    return Math.max(1, Math.ceil((freesAt - now) / 1000));
  }

  /**
   * The attempt is recorded before the password is checked and counted together with earlier ones, so a burst
   * of parallel guesses cannot all slip through while scrypt runs. A successful sign-in removes it again.
   */
  async function claimAttempt(username: string, ip: string, now: number): Promise<string> {
    const id = randomUUID();
    await recordLoginFailure(db, { id, username, ip, at: new Date(now).toISOString() });
    const since = new Date(now - LOGIN_WINDOW_MS).toISOString();
    const [byUser, byIp] = await Promise.all([
      failuresSince(db, { column: "username", value: username }, since),
      failuresSince(db, { column: "ip", value: ip }, since),
    ]);
    const wait = Math.max(
      byUser.count > MAX_FAILURES_PER_USERNAME ? retryAfterSeconds(byUser, now) : 0,
      byIp.count > MAX_FAILURES_PER_IP ? retryAfterSeconds(byIp, now) : 0,
    );
    if (wait > 0) {
      await deleteLoginFailure(db, id); // a refused attempt does not extend the lock-out
      throw new AppError("rate_limited", `Too many failed sign-ins; try again in ${Math.ceil(wait / 60)} min`, 429, undefined, {
        retryAfter: wait,
      });
    }
    return id;
  }

  async function login(rawUsername: string, password: string, ip: string): Promise<SessionGrant> {
    const username = rawUsername.trim().toLowerCase();
    const now = Date.now();
    await claimAttempt(username, ip, now);

    const user = await findUserByUsername(db, username);
    // Always run scrypt, also for unknown users, so timing does not reveal which usernames exist.
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
    if (!user || !ok || user.disabled) {
      await pruneLoginFailures(db, new Date(now - LOGIN_WINDOW_MS).toISOString());
      const message = user && ok ? "This account is disabled; ask an administrator" : BAD_CREDENTIALS;
      throw new AppError("bad_credentials", message);
    }

    await clearUsernameFailures(db, username);
    await deleteExpiredSessions(db, new Date(now).toISOString());
    const token = randomBytes(32).toString("base64url");
    const createdAt = new Date(now).toISOString();
    const expiresAt = new Date(now + sessionMs).toISOString();
    await insertSession(db, { id: randomUUID(), tokenHash: hashToken(token), userId: user.id, createdAt, lastSeenAt: createdAt, expiresAt });
    const { passwordHash: _hash, ...publicUser } = user;
    return { user: publicUser, token, expiresAt };
  }

  /** Resolves a cookie token to its user; slides the expiry forward while the session is in use. */
  async function authenticate(token: string | undefined): Promise<Authenticated | undefined> {
    if (!token) return undefined;
    const found = await findSessionByTokenHash(db, hashToken(token));
    if (!found) return undefined;
    const now = Date.now();
    if (Date.parse(found.session.expiresAt) <= now) {
      await deleteSession(db, found.session.id);
      return undefined;
    }
    if (found.user.disabled) return undefined;
    const result: Authenticated = { user: found.user, sessionId: found.session.id };
    if (now - Date.parse(found.session.lastSeenAt) >= TOUCH_EVERY_MS) {
      const expiresAt = new Date(now + sessionMs).toISOString();
      await touchSession(db, found.session.id, new Date(now).toISOString(), expiresAt);
      result.renewedUntil = expiresAt;
    }
    return result;
  }

  async function logout(sessionId: string): Promise<void> {
    await deleteSession(db, sessionId);
    deps.sessions.sessionsEnded([sessionId]);
  }

  return { login, authenticate, logout };
}

export type Auth = ReturnType<typeof createAuth>;
