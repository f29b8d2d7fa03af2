import { createHash } from "node:crypto";
import { isIPv6 } from "node:net";
import type { NotificationData } from "../../shared/index.js";
import {
  claimBurstAlert,
  clearPair,
  findPair,
  forgetAddressesBefore,
  isKnownAddress,
  pruneThrottle,
  recentFailuresFor,
  rememberAddress,
  swapPair,
  type PairState,
} from "../db/repos/loginThrottle.js";
import { AppError } from "../errors.js";
import type { Logger } from "../logger.js";
import { MINUTE_MS, type DomainDeps } from "./context.js";

/*
 * Sign-in throttling that strangers cannot turn into a lock-out (OWASP ASVS 2.2.1). The counter is per
 * (username, address) pair: failures from one address slow down only that address's guesses at that username, so
 * neither five requests from anywhere nor twenty from one office's NAT keep anyone else out. It slows down rather
 * than refuses: after the free failures each further one doubles the wait, up to a cap. A right password from an
 * address the user has signed in from before always gets through. A burst against one username from all addresses
 * together is announced to the administrators; it is not throttled as a whole, since that is the lock-out.
 */
export const FREE_FAILURES = 3; // per pair before any wait
export const FIRST_DELAY_S = 2; // wait after the first failure past the free ones; doubles with each further one
export const MAX_DELAY_S = 15 * 60; // cap on the wait of one pair
export const PAIR_MEMORY_MS = 60 * MINUTE_MS; // a pair quiet this long starts again from zero failures
export const BURST_WINDOW_MS = 15 * MINUTE_MS;
export const BURST_FAILURES = 10; // failures against one username within BURST_WINDOW_MS, from all addresses, that alert admins
export const KNOWN_ADDRESS_DAYS = 90; // an address not used to sign in for this long is no longer known
const ATTEMPT_CLAIM_TRIES = 8; // compare-and-set retries under contention before the attempt counts as throttled

/** Seconds a pair waits after its `failures`-th failure in a row. */
export function delayAfter(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** (failures - FREE_FAILURES - 1));
}

/**
 * The address a pair is counted by: IPv4 as is (IPv4-mapped IPv6 unwrapped), IPv6 by its /64, since one host
 * usually holds a whole /64 and could otherwise rotate through it.
 */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!isIPv6(ip)) return ip;
  const [head = "", tail = ""] = ip.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = ip.includes("::")
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

const addressHash = (userId: string, address: string) =>
  createHash("sha256").update(`${userId}|${address}`).digest("base64url");

export interface Attempt {
  username: string;
  address: string;
}

export function createLoginThrottle(deps: DomainDeps, log: Logger | undefined) {
  const { db } = deps;

  /**
   * Counts the attempt as a failure before the password is checked (a sign-in clears it again), so a burst of
   * parallel guesses cannot all slip through while scrypt runs. A pair still waiting gets 429 with Retry-After,
   * unless `known` (a known address may always try its right password).
   */
  async function claim(attempt: Attempt, known: boolean, now: number): Promise<void> {
    for (let i = 0; i < ATTEMPT_CLAIM_TRIES; i++) {
      const current = await findPair(db, attempt.username, attempt.address);
      const fresh = current && now - Date.parse(current.lastFailureAt) < PAIR_MEMORY_MS ? current : undefined;
      const blockedUntil = fresh?.blockedUntil ? Date.parse(fresh.blockedUntil) : 0;
      if (!known && blockedUntil > now) throw throttled(Math.ceil((blockedUntil - now) / 1000));
      const failures = (fresh?.failures ?? 0) + 1;
      const wait = delayAfter(failures);
      const next: PairState = {
        failures,
        lastFailureAt: new Date(now).toISOString(),
        blockedUntil: wait > 0 ? new Date(now + wait * 1000).toISOString() : null,
      };
      if (await swapPair(db, attempt.username, attempt.address, current, next)) return;
    }
    throw throttled(FIRST_DELAY_S); // many parallel attempts of one pair: a script, not a person
  }

  async function isKnown(userId: string, address: string): Promise<boolean> {
    return isKnownAddress(db, userId, addressHash(userId, address));
  }

  async function succeeded(attempt: Attempt, userId: string, now: number): Promise<void> {
    await clearPair(db, attempt.username, attempt.address);
    await rememberAddress(db, userId, addressHash(userId, attempt.address), new Date(now).toISOString());
    await forgetAddressesBefore(db, new Date(now - KNOWN_ADDRESS_DAYS * 24 * 60 * MINUTE_MS).toISOString());
  }

  /** After a failure: forgets quiet pairs and tells the administrators of a burst against an existing account. */
  async function failed(
    attempt: Attempt,
    user: { id: string; username: string } | undefined,
    now: number,
  ): Promise<void> {
    await pruneThrottle(db, new Date(now - PAIR_MEMORY_MS).toISOString());
    const since = new Date(now - BURST_WINDOW_MS).toISOString();
    const burst = await recentFailuresFor(db, attempt.username, since);
    if (burst.failures < BURST_FAILURES) return;
    if (!(await claimBurstAlert(db, attempt.username, new Date(now).toISOString(), since))) return;
    log?.warn("burst of failed sign-ins", {
      username: attempt.username,
      failures: burst.failures,
      addresses: burst.addresses,
      exists: Boolean(user),
    });
    if (!user) return; // nobody to protect; the log line is enough
    const data: NotificationData = {
      kind: "login_burst",
      recipients: [],
      message: {
        sv: `${burst.failures} misslyckade inloggningar för kontot ”${user.username}” de senaste 15 minuterna, från ${burst.addresses} ${burst.addresses === 1 ? "adress" : "adresser"}. Kontot är inte låst; kontrollera att lösenordet är starkt.`,
        en: `${burst.failures} failed sign-ins for the account “${user.username}” in the last 15 minutes, from ${burst.addresses} ${burst.addresses === 1 ? "address" : "addresses"}. The account is not locked; make sure its password is strong.`,
      },
    };
    await deps.transaction((ctx) =>
      ctx.emit({
        actor: null,
        type: "notification",
        incidentId: null,
        entity: { type: "user", id: user.id },
        visibleTo: ["admin"],
        data,
      }),
    );
  }

  return { claim, isKnown, succeeded, failed };
}

function throttled(seconds: number): AppError {
  const retryAfter = Math.max(1, seconds);
  return new AppError(
    "rate_limited",
    `Too many failed sign-ins from this address; try again in ${retryAfter} s`,
    429,
    undefined,
    { retryAfter },
  );
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
