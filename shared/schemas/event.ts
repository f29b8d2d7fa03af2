import { z } from "zod";
import { Id, IsoDateTime, NO_CONTROL, ONE_LINE } from "./common.js";
import { Role } from "./user.js";

/**
 * Every change is one event in the log, written in the same transaction as its rows.
 * `seq` is strictly increasing and gap-free in commit order, so `since` catch-up is exact.
 */
export const EVENT_TYPES = [
  "incident.created",
  "incident.updated",
  "log.entry_added",
  "user.created",
  "user.updated",
  "faq.created",
  "faq.updated",
  "faq.status_changed",
  "faq.stale",
  "inquiry.logged",
  "inquiry.called_back",
  "suggestion.created",
  "suggestion.updated",
  "suggestion.resolved",
  "fact.created",
  "fact.updated",
  "bulletin.created",
  "bulletin.saved",
  "bulletin.status_changed",
  "bulletin.stale",
  "bulletin.channel_saved",
  "notification",
  "claim.created",
  "claim.updated",
  "claim.taken",
  "claim.merged",
  "claim.status_changed",
  "contact_claim.changed",
] as const;
export const EventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventType>;

export const ENTITY_TYPES = ["incident", "log_entry", "user", "faq_entry", "inquiry", "faq_suggestion", "fact", "bulletin", "claim"] as const;
export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;

export const DomainEvent = z.object({
  seq: z.number().int().positive(),
  at: IsoDateTime,
  actor: z.object({ id: Id, displayName: z.string() }).nullable(),
  type: EventType,
  incidentId: Id.nullable(),
  entity: z.object({ type: EntityType, id: Id }),
  /** Roles that may see this event; null means every signed-in role. */
  visibleTo: z.array(Role).nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type DomainEvent = z.infer<typeof DomainEvent>;

export const SyncRequest = z.object({ since: z.number().int().min(0) });
export type SyncRequest = z.infer<typeof SyncRequest>;

export type SyncResult =
  | { reset: false; events: DomainEvent[]; latestSeq: number }
  | { reset: true; latestSeq: number };

export const PresenceJoin = z.object({ incidentId: Id, editing: z.string().max(200).regex(ONE_LINE, NO_CONTROL).nullable().default(null) });
export type PresenceJoin = z.infer<typeof PresenceJoin>;
/** What a client may send: `editing` can be left out. */
export type PresenceJoinInput = z.input<typeof PresenceJoin>;

export const PresenceLeave = z.object({ incidentId: Id });
export type PresenceLeave = z.infer<typeof PresenceLeave>;
