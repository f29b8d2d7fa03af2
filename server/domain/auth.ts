import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { User } from "../../shared/index.js";
import {
  deleteExpiredSessions,
  deleteSession,
  findSessionByTokenHash,
  insertSession,
  touchSession,
} from "../db/repos/sessions.js";
import { findUserByUsername } from "../db/repos/users.js";
import { AppError } from "../errors.js";
import type { Logger } from "../logger.js";
import { MINUTE_MS, type DomainDeps } from "./context.js";
import { addressKey, createLoginThrottle } from "./loginThrottle.js";
import { dummyPasswordHash, verifyPassword } from "./passwords.js";

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

export const DEFAULT_SESSION_MAX_DAYS = 7;

export interface AuthOptions {
  log?: Logger | undefined;
  /** Absolute lifetime of a session, however busy: after it the user signs in again (KRISRUM_SESSION_MAX_DAYS). */
  sessionMaxDays?: number | undefined;
}

export function createAuth(deps: DomainDeps, options: AuthOptions = {}) {
  const { db } = deps;
  const sessionMs = deps.sessionHours * 60 * MINUTE_MS;
  const maxMs = (options.sessionMaxDays ?? DEFAULT_SESSION_MAX_DAYS) * 24 * 60 * MINUTE_MS;
  // The idle expiry slides with use, but never past the session's absolute end.
  const expiryAt = (now: number, createdAt: number) => Math.min(now + sessionMs, createdAt + maxMs);
  const log = options.log;
  const throttle = createLoginThrottle(deps, log);

  async function login(rawUsername: string, password: string, ip: string): Promise<SessionGrant> {
    const username = rawUsername.trim().toLowerCase();
    const now = Date.now();
    const attempt = { username, address: addressKey(ip) };
    const user = await findUserByUsername(db, username);
    await throttle.claim(attempt, user ? await throttle.isKnown(user.id, attempt.address) : false, now);

    // Always run scrypt, also for unknown users, so timing does not reveal which usernames exist.
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
    if (!user || !ok || user.disabled) {
      await throttle.failed(attempt, user, now);
      const message = user && ok ? "This account is disabled; ask an administrator" : BAD_CREDENTIALS;
      throw new AppError("bad_credentials", message);
    }

    await throttle.succeeded(attempt, user.id, now);
    await deleteExpiredSessions(db, new Date(now).toISOString());
    const token = randomBytes(32).toString("base64url");
    const createdAt = new Date(now).toISOString();
    const expiresAt = new Date(expiryAt(now, now)).toISOString();
    await insertSession(db, {
      id: randomUUID(),
      tokenHash: hashToken(token),
      userId: user.id,
      createdAt,
      lastSeenAt: createdAt,
      expiresAt,
    });
    const { passwordHash: _hash, ...publicUser } = user;
    return { user: publicUser, token, expiresAt };
  }

  /** Resolves a cookie token to its user; slides the expiry forward while the session is in use. */
  async function authenticate(token: string | undefined): Promise<Authenticated | undefined> {
    if (!token) return undefined;
    const found = await findSessionByTokenHash(db, hashToken(token));
    if (!found) return undefined;
    const now = Date.now();
    if (Date.parse(found.session.expiresAt) <= now || Date.parse(found.session.createdAt) + maxMs <= now) {
      await deleteSession(db, found.session.id);
      return undefined;
    }
    if (found.user.disabled) return undefined;
    const result: Authenticated = { user: found.user, sessionId: found.session.id };
    if (now - Date.parse(found.session.lastSeenAt) >= TOUCH_EVERY_MS) {
      const expiresAt = new Date(expiryAt(now, Date.parse(found.session.createdAt))).toISOString();
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
