import { Bulletin } from "../../../shared/schemas/bulletin";
import type { DomainEvent } from "../../../shared/schemas/event";
import { Fact } from "../../../shared/schemas/fact";
import { NotificationData } from "../../../shared/schemas/notification";
import { EMPTY_BULLETIN_DATA, NOTIFICATIONS_KEPT, upsertBulletin, upsertFact, type BulletinData } from "./bulletinData";
import type { DomainState } from "./types";

function parsed<T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } }, value: unknown): T | null {
  const result = schema.safeParse(value);
  return result.success ? result.data : null;
}

function reduceData(data: BulletinData, event: DomainEvent, userId: string | null): BulletinData {
  switch (event.type) {
    case "fact.created":
    case "fact.updated": {
      const fact = parsed(Fact, event.data.fact);
      return fact ? { ...data, facts: upsertFact(data.facts, fact) } : data;
    }
    case "bulletin.created":
    case "bulletin.saved":
    case "bulletin.status_changed":
    case "bulletin.stale":
    case "bulletin.channel_saved": {
      const bulletin = parsed(Bulletin, event.data.bulletin);
      return bulletin ? { ...data, bulletins: upsertBulletin(data.bulletins, bulletin) } : data;
    }
    case "notification": {
      const note = parsed(NotificationData, event.data);
      // The server already narrowed by role; `recipients` narrows to users (empty: everyone in those roles).
      if (!note || (note.recipients.length > 0 && (userId === null || !note.recipients.includes(userId)))) return data;
      const item = { seq: event.seq, at: event.at, incidentId: event.incidentId, data: note, dismissed: false };
      return { ...data, notifications: [item, ...data.notifications].slice(0, NOTIFICATIONS_KEPT) };
    }
    default:
      return data;
  }
}

/**
 * The fact, bulletin and notification events. Called by applyEvent.ts for every event after its seq check, so it
 * is idempotent by seq like the rest of the reducer; other event types pass through untouched.
 */
export function reduceBulletinEvent<S extends DomainState>(state: S, event: DomainEvent): S {
  const before = state.bulletinData ?? EMPTY_BULLETIN_DATA;
  const bulletinData = reduceData(before, event, state.user?.id ?? null);
  return bulletinData === before ? state : { ...state, bulletinData };
}
