import type { Kysely } from "kysely";
import { SYNC_BACKLOG_LIMIT, type DomainEvent, type Role, type SyncResult } from "../../shared/index.js";
import { latestSeq, listEventsSince } from "../db/repos/events.js";
import type { DB } from "../db/schema.js";

export const EVENTS_PAGE_DEFAULT = 1_000;
export const EVENTS_PAGE_MAX = SYNC_BACKLOG_LIMIT;

export interface EventPage {
  events: DomainEvent[];
  /** The newest seq in the log (as sync reports it), whether or not this page reached it. */
  latestSeq: number;
  /** More events follow: ask again with `since` = the last event's seq. */
  hasMore: boolean;
}

export function createEventFeed(db: Kysely<DB>) {
  /** Reading the counter first bounds the page: every seq at or below it has committed (see lockEventLog). */
  async function page(since: number, role: Role, limit: number): Promise<EventPage> {
    const latest = await latestSeq(db);
    const rows = await listEventsSince(db, { since, upTo: latest, role, limit: limit + 1 });
    const hasMore = rows.length > limit;
    const events = hasMore ? rows.slice(0, limit) : rows;
    return { events, latestSeq: latest, hasMore };
  }

  /**
   * What a reconnecting console missed. Too far behind (or ahead, e.g. after the database was replaced) and
   * it should reload a snapshot over REST instead of replaying events.
   */
  async function sync(since: number, role: Role): Promise<SyncResult> {
    const latest = await latestSeq(db);
    if (latest - since > SYNC_BACKLOG_LIMIT || since > latest) return { reset: true, latestSeq: latest };
    const events = await listEventsSince(db, { since, upTo: latest, role, limit: SYNC_BACKLOG_LIMIT });
    return { reset: false, events, latestSeq: latest };
  }

  return { page, sync };
}

export type EventFeed = ReturnType<typeof createEventFeed>;
