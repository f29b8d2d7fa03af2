import type { InboxFaqItem, InboxWhy } from "@shared/schemas/bulletin";
import type { DomainEvent } from "@shared/schemas/event";
import type { FaqEntry } from "@shared/schemas/faq";
import type { DomainState } from "../types";
import { NOTIFICATIONS_KEPT, upsertBulletin, upsertFact, type BulletinData } from "./state";

/** Pure: an FAQ answer as the inbox lists it, or null when it needs no decision (not in review, not flagged). */
export function inboxFaqOf(entry: FaqEntry): InboxFaqItem | null {
  // A published answer whose reviewed edit waits for a decision is listed by the edit's status (FAQ review).
  const status: string = entry.working?.status ?? entry.status;
  const why: InboxWhy[] = [
    ...(status === "in_review" || status === "approved" ? [{ kind: status, at: entry.updatedAt } as const] : []),
    ...(entry.stale
      ? (entry.reviewReasons ?? []).map((stale) => ({ kind: "stale" as const, at: stale.at, stale }))
      : []),
  ];
  if (why.length === 0 && !entry.stale) return null;
  return {
    id: entry.id,
    incidentId: entry.incidentId,
    incidentTitle: null,
    question: entry.question,
    status,
    score: entry.score,
    waitingSince: why.reduce((max, w) => (w.at > max ? w.at : max), why[0]?.at ?? entry.updatedAt),
    why,
  };
}

/** The inbox's FAQ list after an FAQ event: added, updated or dropped (an archived answer needs no decision). */
function withInboxFaq(data: BulletinData, entry: FaqEntry): BulletinData {
  const item = entry.status === "archived" ? null : inboxFaqOf(entry);
  if (!item && !data.inboxFaq[entry.id]) return data;
  const { [entry.id]: _old, ...rest } = data.inboxFaq;
  return { ...data, inboxFaq: item ? { ...rest, [entry.id]: item } : rest };
}

function reduceData(data: BulletinData, event: DomainEvent, userId: string | null): BulletinData {
  switch (event.type) {
    case "fact.created":
    case "fact.updated":
      return { ...data, facts: upsertFact(data.facts, event.data.fact) };
    case "bulletin.created":
    case "bulletin.saved":
    case "bulletin.status_changed":
    case "bulletin.stale":
    case "bulletin.channel_saved":
      return { ...data, bulletins: upsertBulletin(data.bulletins, event.data.bulletin) };
    case "faq.created":
    case "faq.updated":
    case "faq.status_changed":
    case "faq.stale":
    case "faq.review_changed":
    case "faq.published":
      return withInboxFaq(data, event.data.faq);
    case "notification": {
      const note = event.data;
      // The server already narrowed by role; `recipients` narrows to users (empty: everyone in those roles).
      if (note.recipients.length > 0 && (userId === null || !note.recipients.includes(userId))) return data;
      const item = { seq: event.seq, at: event.at, incidentId: event.incidentId, data: note, dismissed: false };
      return { ...data, notifications: [item, ...data.notifications].slice(0, NOTIFICATIONS_KEPT) };
    }
    default:
      return data;
  }
}

/**
 * The fact, bulletin and notification events. Called by store/events.ts for every event after its seq check, so it
 * is idempotent by seq like the rest of the reducer; other event types pass through untouched.
 */
export function reduceBulletinEvent(state: DomainState, event: DomainEvent): DomainState {
  const before = state.bulletinData;
  const bulletinData = reduceData(before, event, state.user?.id ?? null);
  return bulletinData === before ? state : { ...state, bulletinData };
}
