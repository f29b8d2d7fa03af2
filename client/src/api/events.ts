import { z } from "zod";
import { DomainEvent } from "../../../shared/schemas/event";
import { request } from "./http";

const EventPage = z.object({ events: z.array(DomainEvent), latestSeq: z.number().int().min(0) });

/** The newest committed seq, read before a snapshot so nothing between the two is lost. */
export async function fetchLatestSeq(): Promise<number> {
  const { latestSeq } = await request("/api/events?since=0&limit=1", { schema: EventPage });
  return latestSeq;
}
