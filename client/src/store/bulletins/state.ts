import type { Bulletin, InboxFaqItem } from "@shared/schemas/bulletin";
import type { Fact } from "@shared/schemas/fact";
import type { NotificationData } from "@shared/schemas/notification";
import type { LoadStatus } from "../status";

/** A `notification` event addressed to this user, as the console shows it. */
export interface ConsoleNotification {
  seq: number;
  at: string;
  incidentId: string | null;
  data: NotificationData;
  dismissed: boolean;
}

/** Facts, bulletins and notifications. One key in the domain state, reduced by bulletins/events.ts. */
export interface BulletinData {
  bulletins: Record<string, Bulletin>;
  facts: Record<string, Fact>;
  /** incidentId → whether its bulletin list has been fetched (events keep a fetched one live). */
  bulletinLists: Record<string, LoadStatus>;
  factLists: Record<string, LoadStatus>;
  inboxStatus: LoadStatus;
  /** FAQ answers waiting for a decision (in review, or flagged for review), by id; from the inbox and faq events. */
  inboxFaq: Record<string, InboxFaqItem>;
  /** Newest first. */
  notifications: ConsoleNotification[];
}

export interface BulletinSlice {
  bulletinData: BulletinData;
  upsertBulletins: (bulletins: Bulletin[]) => void;
  upsertFacts: (facts: Fact[]) => void;
  setBulletinListStatus: (incidentId: string, status: LoadStatus) => void;
  setFactListStatus: (incidentId: string, status: LoadStatus) => void;
  setInboxStatus: (status: LoadStatus) => void;
  setInboxFaq: (items: InboxFaqItem[]) => void;
  dismissNotification: (seq: number) => void;
  dismissAllNotifications: () => void;
}

export const EMPTY_BULLETIN_DATA: BulletinData = {
  bulletins: {},
  facts: {},
  bulletinLists: {},
  factLists: {},
  inboxStatus: "idle",
  inboxFaq: {},
  notifications: [],
};

export const NOTIFICATIONS_KEPT = 50; // notifications; older ones drop off the list

function latestStaleAt(b: Bulletin): number {
  return b.stale.reduce((max, r) => Math.max(max, Date.parse(r.at)), 0);
}

/**
 * How far a bulletin has moved on. Saves bump `version`; workflow steps move `statusChangedAt`; stale flags add
 * reasons; channel saves bump a channel version. A REST answer may overtake an event or lag behind one, so the
 * store keeps whichever copy is further along.
 */
function freshness(b: Bulletin): number[] {
  const channels = b.channelVersions.reduce((sum, c) => sum + c.version, 0);
  return [b.version, Date.parse(b.statusChangedAt), channels, latestStaleAt(b), Date.parse(b.updatedAt)];
}

export function isOlder(candidate: Bulletin, current: Bulletin): boolean {
  const a = freshness(candidate);
  const b = freshness(current);
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

export function upsertBulletin(map: Record<string, Bulletin>, bulletin: Bulletin): Record<string, Bulletin> {
  const current = map[bulletin.id];
  if (current && isOlder(bulletin, current)) return map;
  return { ...map, [bulletin.id]: bulletin };
}

export function upsertFact(map: Record<string, Fact>, fact: Fact): Record<string, Fact> {
  const current = map[fact.id];
  if (current && current.version > fact.version) return map;
  return { ...map, [fact.id]: fact };
}
