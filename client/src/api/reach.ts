import { ReachList } from "@shared/schemas/outbox";
import { request } from "./http";

/** REST client of a publish's reach (docs/api.md "Reach"): a bulletin's publishes, or all of an incident's. */
export function fetchReach(
  of: { bulletinId: string } | { incidentId: string },
  signal?: AbortSignal,
): Promise<ReachList> {
  const path =
    "bulletinId" in of
      ? `/api/bulletins/${encodeURIComponent(of.bulletinId)}/reach`
      : `/api/incidents/${encodeURIComponent(of.incidentId)}/reach`;
  return request(path, { schema: ReachList, signal });
}
