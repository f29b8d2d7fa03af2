import type { Kysely } from "kysely";
import { purgeCallbackNumbers } from "../db/repos/inquiries.js";
import type { DB } from "../db/schema.js";
import type { Logger } from "../logger.js";
import { periodic, type PeriodicJob } from "./periodic.js";

const HOUR_MS = 3_600_000;
export const DEFAULT_CALLBACK_RETENTION_HOURS = 72; // KRISRUM_CALLBACK_RETENTION_HOURS when unset
export const CALLBACK_PURGE_INTERVAL_MS = 10 * 60_000; // a number outlives its retention by at most this

/** Blanks callback numbers saved more than `retentionHours` before `now` (GDPR: kept no longer than needed). */
export function purgeExpiredCallbackNumbers(
  db: Kysely<DB>,
  retentionHours: number,
  now: Date = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionHours * HOUR_MS).toISOString();
  return purgeCallbackNumbers(db, cutoff, now.toISOString());
}

/** Runs the purge at start and then every `intervalMs`. */
export function startCallbackPurge(opts: {
  db: Kysely<DB>;
  log: Logger;
  retentionHours: number;
  intervalMs?: number;
  now?: () => Date;
}): PeriodicJob {
  const { db, log, retentionHours, intervalMs = CALLBACK_PURGE_INTERVAL_MS, now = () => new Date() } = opts;
  const job = periodic(
    "callback purge",
    async () => {
      const n = await purgeExpiredCallbackNumbers(db, retentionHours, now());
      if (n > 0) log.info("callback numbers purged", { count: n, retentionHours });
    },
    intervalMs,
    log,
  );
  job.start();
  return job;
}
