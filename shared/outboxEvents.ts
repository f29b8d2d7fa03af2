import { ENTITY_TYPES, EVENT_TYPES, type EntityType, type EventType } from "./schemas/event.js";
import type { PublicationReach } from "./schemas/outbox.js";

/**
 * Event types of the outbox, declared here until the event catalogue (shared/events/) takes them:
 * shared/schemas/event.ts is being reworked, so these are cast to its enums at the one place they are emitted
 * (`outboxEvent`, used by server/domain/outbox/worker.ts). Move them into the catalogue and drop the casts.
 *
 * - `delivery.reach`: how far one publish has reached (webhooks and e-mail: delivered, retrying, failed); sent when
 *   the counts change, at most about once a second per publish. Counts only, never an address.
 */
export const DELIVERY_REACH = "delivery.reach" as EventType;
/** Entity of `delivery.reach` (the publication) and of a failing webhook's notification. */
export const PUBLICATION_ENTITY = "publication" as EntityType;

/**
 * Whether the event catalogue knows `delivery.reach` yet. Until it does, the worker does not write it: readers hold
 * every event to the catalogue, and an unknown type would break the event feed for everyone. The reach is still
 * served by GET /api/bulletins/:id/reach and /api/incidents/:id/reach.
 */
export const REACH_EVENT_REGISTERED =
  (EVENT_TYPES as readonly string[]).includes(DELIVERY_REACH) && (ENTITY_TYPES as readonly string[]).includes(PUBLICATION_ENTITY);

export interface DeliveryReachData {
  reach: PublicationReach;
}

/** An outbox event as `emit` takes it. The cast is the one place these types meet the event enums (see above). */
export function outboxEvent<E>(event: {
  actor: null;
  type: EventType;
  incidentId: string | null;
  entity: { type: EntityType; id: string };
  visibleTo: ("admin" | "lead" | "communicator" | "agent" | "viewer")[] | null;
  data: object;
}): E {
  return event as unknown as E;
}
