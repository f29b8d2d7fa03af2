import { z } from "zod";
import { DomainEvent } from "./event.js";

/** Response of GET /api/events: the events after `since` the role may see, and the newest sequence number. */
export const EventPage = z.object({ events: z.array(DomainEvent), latestSeq: z.number().int().min(0) });
export type EventPage = z.infer<typeof EventPage>;
