import type { DomainEvent } from "../../../../shared/schemas/event";
import type { DomainState } from "../types";
import { NOTIFICATIONS_KEPT, upsertBulletin, upsertFact, type BulletinData } from "./state";

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
