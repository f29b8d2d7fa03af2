import { EventPage } from "@shared/schemas/eventFeed";
import { request } from "./http";

/** The newest committed seq, read before a snapshot so nothing between the two is lost. */
export async function fetchLatestSeq(): Promise<number> {
  const { latestSeq } = await request("/api/events?since=0&limit=1", { schema: EventPage });
  return latestSeq;
}
