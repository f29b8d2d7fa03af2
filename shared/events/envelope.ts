import { z } from "zod";
import { Id, IsoDateTime } from "../schemas/common.js";
import { Role } from "../schemas/user.js";
import { EntityType, EventType } from "./types.js";
import { lazySchema } from "../schemas/lazy.js";

/**
 * An event as stored and sent, its payload not yet read: what a REST page or a socket delivers before the console
 * parses it against the catalogue (`readEvent`). `seq` is strictly increasing and gap-free in commit order.
 */
export const EventEnvelope = lazySchema(() =>
  z.object({
    seq: z.number().int().positive(),
    at: IsoDateTime,
    actor: z.object({ id: Id, displayName: z.string() }).nullable(),
    type: EventType,
    incidentId: Id.nullable(),
    entity: z.object({ type: EntityType, id: Id }),
    /** Roles that may see this event; null means every signed-in role. */
    visibleTo: z.array(Role).nullable(),
    data: z.record(z.string(), z.unknown()),
  }),
);
export type EventEnvelope = z.infer<typeof EventEnvelope>;
