import { z } from "zod";
import { EVENT_CATALOGUE, type EventData } from "../events/catalogue.js";
import { EventEnvelope } from "../events/envelope.js";
import { EVENT_TYPES, type EventType } from "../events/types.js";
import { Id, NO_CONTROL, ONE_LINE } from "./common.js";
import { lazySchema } from "./lazy.js";

export { ENTITY_TYPES, EntityType, EVENT_TYPES, EventType } from "../events/types.js";
export { EventEnvelope } from "../events/envelope.js";

/**
 * Every change is one event in the log, written in the same transaction as its rows. `seq` is strictly increasing
 * and gap-free in commit order, so `since` catch-up is exact. The payload (`data`) of each type is declared in the
 * event catalogue (shared/events/); `DomainEvent` is the union of them, told apart by `type`.
 */
export type EventOf<T extends EventType> = Omit<EventEnvelope, "type" | "data"> & { type: T; data: EventData<T> };
export type DomainEvent = { [T in EventType]: EventOf<T> }[EventType];

/** One variant per event type, built with the catalogue's payloads on first use (see lazy.ts). */
const buildDomainEvent = () => {
  const variants = EVENT_TYPES.map((type) =>
    EventEnvelope.extend({ type: z.literal(type), data: EVENT_CATALOGUE[type].data }),
  );
  return z.discriminatedUnion(
    "type",
    variants as unknown as [(typeof variants)[number], ...(typeof variants)[number][]],
  ) as unknown as z.ZodType<DomainEvent>;
};
export const DomainEvent = lazySchema(buildDomainEvent);

/**
 * The console and server speak this version of the event protocol. A console sends it with `sync`; one that speaks
 * another version is answered `{ok:false, error:{code:"protocol"}}` and asks its user to reload the page. Bump it
 * when a payload changes in a way an open console would misread. Consoles from before the field speak version 1.
 */
export const PROTOCOL_VERSION = 1;

export const SyncRequest = lazySchema(() =>
  z.object({
    since: z.number().int().min(0),
    protocol: z.number().int().positive().default(1),
  }),
);
export type SyncRequest = z.infer<typeof SyncRequest>;
export type SyncRequestInput = z.input<typeof SyncRequest>;

export type SyncResult =
  { reset: false; events: DomainEvent[]; latestSeq: number } | { reset: true; latestSeq: number };

export const PresenceJoin = lazySchema(() =>
  z.object({
    incidentId: Id,
    editing: z.string().max(200).regex(ONE_LINE, NO_CONTROL).nullable().default(null),
  }),
);
export type PresenceJoin = z.infer<typeof PresenceJoin>;
/** What a client may send: `editing` can be left out. */
export type PresenceJoinInput = z.input<typeof PresenceJoin>;

export const PresenceLeave = lazySchema(() => z.object({ incidentId: Id }));
export type PresenceLeave = z.infer<typeof PresenceLeave>;
