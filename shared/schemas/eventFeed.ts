import { z } from "zod";
import { EventEnvelope } from "../events/envelope.js";
import { lazySchema } from "./lazy.js";

/**
 * Response of GET /api/events: the events after `since` the role may see, and the newest sequence number. The events
 * as stored (EventEnvelope): an old row's payload may predate its type's schema; a console reads each (readEvent).
 */
export const EventPage = lazySchema(() =>
  z.object({ events: z.array(EventEnvelope), latestSeq: z.number().int().min(0) }),
);
export type EventPage = z.infer<typeof EventPage>;
