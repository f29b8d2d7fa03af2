import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { countRequest, pruneRateCounters } from "../db/repos/rateCounters.js";
import type { DB } from "../db/schema.js";
import { AppError } from "../errors.js";

export interface RateLimit {
  /** Requests allowed per address within one window. */
  limit: number;
  windowMs: number;
}

/**
 * Fixed-window request budgets per address, counted in the database (as failed logins are) so every node shares
 * one budget. A window boundary can let through up to twice the limit in a short burst; for a public read-only
 * route that is acceptable and costs one upsert per request. The address is stored only as a hash, and the
 * counters of this bucket's past windows are deleted as its new windows start.
 */
export function createRateLimiter(db: Kysely<DB>, bucket: string, rate: RateLimit) {
  /** Counts the request; throws 429 `rate_limited` with `retryAfter` (seconds) when the budget is spent. */
  async function take(address: string, now: number = Date.now()): Promise<void> {
    const start = Math.floor(now / rate.windowMs) * rate.windowMs;
    const key = `${bucket}:${createHash("sha256").update(`${bucket}|${address}`).digest("base64url").slice(0, 22)}`;
    const count = await countRequest(db, key, new Date(start).toISOString());
    if (count === 1) await pruneRateCounters(db, bucket, new Date(start - rate.windowMs).toISOString());
    if (count > rate.limit) {
      const retryAfter = Math.max(1, Math.ceil((start + rate.windowMs - now) / 1000));
      throw new AppError("rate_limited", `Too many requests; try again in ${retryAfter} s`, 429, undefined, {
        retryAfter,
      });
    }
  }
  return { take };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
