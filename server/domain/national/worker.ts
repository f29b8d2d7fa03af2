import type { Kysely } from "kysely";
import type { NationalKind } from "../../../shared/schemas/national.js";
import type { DB } from "../../db/schema.js";
import type { RunInTransaction } from "../../db/transaction.js";
import type { Logger } from "../../logger.js";
import { fetchFeed } from "./fetchFeed.js";
import { inCounties, parseFeed } from "./krisinfo.js";
import { applyFeed, readFeed, writeFeed, type Change } from "./store.js";

export interface NationalSettings {
  /** KRISRUM_KRISINFO_URL: the v3 base (…/v3), or a compatible mirror. Null: the worker is off. */
  url: string | null;
  /** KRISRUM_KRISINFO_COUNTIES: the county names (as in Area.Description, e.g. "Västra Götalands län") to keep. */
  counties: readonly string[];
  /** Seconds between polls when all is well (KRISRUM_KRISINFO_INTERVAL_S, default 120). */
  intervalMs: number;
  /** Longest wait after failures in a row (backoff doubles from the interval up to this). */
  maxBackoffMs: number;
  /** Per request. */
  timeoutMs: number;
  /** News from the last this many days. */
  days: number;
}

export const FEEDS: ReadonlyArray<{ feed: string; kind: NationalKind; path: string }> = [
  { feed: "vmas", kind: "vma", path: "vmas" },
  { feed: "news", kind: "news", path: "news" },
];

/** The feed's URL: counties passed on so the source can filter too; news limited to recent days. */
export function feedUrl(settings: NationalSettings, path: string): string {
  const base = settings.url!.replace(/\/+$/, "");
  const url = new URL(`${base}/${path}`);
  if (settings.counties.length > 0) url.searchParams.set("counties", settings.counties.join(","));
  if (path === "news") url.searchParams.set("days", String(settings.days));
  url.searchParams.set("format", "json");
  return url.toString();
}

/** The wait before the next poll: the interval, doubled per failure in a row, capped. */
export const backoffMs = (settings: NationalSettings, failuresInRow: number) =>
  Math.min(settings.maxBackoffMs, settings.intervalMs * 2 ** Math.min(failuresInRow, 20));

export interface NationalWorker {
  /** One poll of every feed now; resolves when done. Never throws. */
  tick(): Promise<Change[]>;
  start(): void;
  stop(): Promise<void>;
  readonly enabled: boolean;
}

/**
 * Polls Krisinformation politely (conditional requests, backoff after failures) and stores what is new. Nothing the
 * source does (down, slow, garbage) escapes: failures are recorded on the feed, bad items skipped and counted.
 */
export function createNationalWorker(
  db: Kysely<DB>,
  transaction: RunInTransaction,
  settings: NationalSettings,
  log: Logger,
  onChanges: (changes: Change[]) => void = () => {},
): NationalWorker {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<Change[]> | null = null;
  let stopped = false;

  async function pollFeed(
    feed: string,
    kind: NationalKind,
    path: string,
  ): Promise<{ changes: Change[]; failures: number }> {
    const state = await readFeed(db, feed);
    const now = new Date();
    const answer = await fetchFeed({
      url: feedUrl(settings, path),
      etag: state.etag,
      lastModified: state.last_modified,
      timeoutMs: settings.timeoutMs,
    });
    const next = { ...state, last_attempt_at: now.toISOString() };
    if (answer.status === "not-modified") {
      await writeFeed(db, { ...next, last_success_at: now.toISOString(), last_error: null, failures_in_row: 0 });
      return { changes: [], failures: 0 };
    }
    const parsed = answer.status === "ok" ? parseFeed(kind, answer.body) : null;
    if (answer.status === "error" || parsed === null) {
      const error = answer.status === "error" ? answer.error : "answer is not a list of items";
      const failures = state.failures_in_row + 1;
      await writeFeed(db, { ...next, last_error: error, failures_in_row: failures });
      log.warn(
        `national picture: ${feed} failed (${error}); next try in ${Math.round(backoffMs(settings, failures) / 1000)} s`,
      );
      return { changes: [], failures };
    }
    const wanted = parsed.items.filter((i) => inCounties(i, settings.counties));
    const changes = await applyFeed(transaction, kind, wanted, now);
    await writeFeed(db, {
      ...next,
      etag: answer.status === "ok" ? answer.etag : null,
      last_modified: answer.status === "ok" ? answer.lastModified : null,
      last_success_at: now.toISOString(),
      last_error: null, // unreadable items are counted in skipped_total, not an error of the source
      failures_in_row: 0,
      skipped_total: state.skipped_total + parsed.skipped,
    });
    if (parsed.skipped > 0) log.warn(`national picture: ${feed} had ${parsed.skipped} unreadable item(s), skipped`);
    return { changes, failures: 0 };
  }

  async function pollAll(): Promise<{ changes: Change[]; failures: number }> {
    const all: Change[] = [];
    let failures = 0;
    for (const f of FEEDS) {
      try {
        const r = await pollFeed(f.feed, f.kind, f.path);
        all.push(...r.changes);
        failures = Math.max(failures, r.failures);
      } catch (err) {
        // The database, not the source: logged, and the next poll tries again after the backoff.
        failures = Math.max(failures, 1);
        log.error(`national picture: storing ${f.feed} failed`, { err });
      }
    }
    if (all.length > 0) {
      try {
        onChanges(all);
      } catch (err) {
        log.error("national picture: push failed", { err });
      }
    }
    return { changes: all, failures };
  }

  function schedule(delay: number) {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = null;
      running = pollAll().then((r) => {
        schedule(r.failures > 0 ? backoffMs(settings, r.failures) : settings.intervalMs);
        return r.changes;
      });
    }, delay);
    timer.unref();
  }

  return {
    enabled: settings.url !== null,
    async tick() {
      if (settings.url === null) return [];
      if (running) await running.catch(() => []);
      const p = pollAll().then((r) => r.changes);
      running = p;
      return p;
    },
    start() {
      if (settings.url === null) return;
      stopped = false;
      schedule(0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      if (running) await running.catch(() => []);
    },
  };
}

/** From the environment; off unless KRISRUM_KRISINFO_URL is set. */
export function nationalSettingsFromEnv(env: NodeJS.ProcessEnv): NationalSettings {
  const url = env.KRISRUM_KRISINFO_URL?.trim() || null;
  const num = (v: string | undefined, fallback: number) => {
    const n = Number(v);
    return Number.isFinite(n) && n > 0 ? n : fallback;
  };
  return {
    url: url && /^https?:\/\//i.test(url) ? url : null,
    counties: (env.KRISRUM_KRISINFO_COUNTIES ?? "")
      .split(/[,;]/)
      .map((c) => c.trim())
      .filter(Boolean),
    intervalMs: num(env.KRISRUM_KRISINFO_INTERVAL_S, 120) * 1000,
    maxBackoffMs: 30 * 60_000,
    timeoutMs: num(env.KRISRUM_KRISINFO_TIMEOUT_S, 15) * 1000,
    days: 7,
  };
}
