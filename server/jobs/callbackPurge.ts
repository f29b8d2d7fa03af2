import type { Kysely } from "kysely";
import { purgeCallbackNumbers } from "../db/repos/inquiries.js";
import type { DB } from "../db/schema.js";
import type { Logger } from "../logger.js";

const HOUR_MS = 3_600_000;
export const DEFAULT_CALLBACK_RETENTION_HOURS = 72; // KRISRUM_CALLBACK_RETENTION_HOURS when unset
export const CALLBACK_PURGE_INTERVAL_MS = 10 * 60_000; // a number outlives its retention by at most this

/** Blanks callback numbers saved more than `retentionHours` before `now` (GDPR: kept no longer than needed). */
export function purgeExpiredCallbackNumbers(db: Kysely<DB>, retentionHours: number, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionHours * HOUR_MS).toISOString();
  return purgeCallbackNumbers(db, cutoff, now.toISOString());
}

export interface CallbackPurgeJob {
  /** Resolves after the run in progress, if any, so the database can be closed safely. */
  stop(): Promise<void>;
}

/**
 * Runs the purge at start and then every `intervalMs`. Runs never overlap; a failed run is logged and the next
 * one tries again. The timer does not keep the process alive.
 */
export function startCallbackPurge(opts: {
  db: Kysely<DB>;
  log: Logger;
  retentionHours: number;
  intervalMs?: number;
  now?: () => Date;
}): CallbackPurgeJob {
  const { db, log, retentionHours, intervalMs = CALLBACK_PURGE_INTERVAL_MS, now = () => new Date() } = opts;
  let running: Promise<void> | null = null;
  let stopped = false;

  const run = () => {
    if (running || stopped) return;
    running = purgeExpiredCallbackNumbers(db, retentionHours, now())
      .then((n) => {
        if (n > 0) log.info("callback numbers purged", { count: n, retentionHours });
      })
      .catch((err: unknown) => log.error("callback purge failed", { err }))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  run();

  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
