import { getIncident } from "../api/incidents";
import { fetchLog } from "../api/log";
import { listUsers } from "../api/users";
import type { FollowUp } from "./events";
import type { StoreState } from "./types";

/** Fetches what an event announced but did not carry. Failures are left to the next sync or snapshot. */
export function runFollowUps(followUps: FollowUp[], get: () => StoreState): void {
  const seen = new Set<string>();
  for (const followUp of followUps) {
    const key = JSON.stringify(followUp);
    if (seen.has(key)) continue;
    seen.add(key);
    void run(followUp, get).catch(() => {});
  }
}

async function run(followUp: FollowUp, get: () => StoreState): Promise<void> {
  switch (followUp.kind) {
    case "incident":
      get().upsertIncidents([await getIncident(followUp.id)]);
      return;
    case "log":
      get().mergeLogItems(followUp.incidentId, await fetchLog(followUp.incidentId));
      return;
    case "users":
      if (get().user?.role === "admin") get().upsertUsers(await listUsers());
      return;
  }
}
